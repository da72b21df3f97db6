namespace Yiwang.Web.Common.Audit;

/// <summary>One line of the append-only audit log: who did what to which subject, from where.</summary>
internal sealed class AuditEntry
{
    public long Id { get; init; }
    public DateTimeOffset At { get; init; }
    public required string Actor { get; init; }
    public required string Action { get; init; }
    public required string Subject { get; init; }
    public string? Detail { get; init; }
    public string? Ip { get; init; }
}
