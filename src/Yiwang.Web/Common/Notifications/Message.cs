namespace Yiwang.Web.Common.Notifications;

/// <summary>站内消息 to one account (about a case, usually).</summary>
internal sealed class Message
{
    public long Id { get; init; }
    public Guid AccountId { get; init; }
    public DateTimeOffset At { get; init; }
    public required string Title { get; init; }
    public required string Body { get; init; }
    public string? CaseNumber { get; init; }
    public DateTimeOffset? ReadAt { get; set; }
}
