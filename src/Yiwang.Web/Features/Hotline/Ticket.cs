using Yiwang.Web.Features.Calendar;

namespace Yiwang.Web.Features.Hotline;

/// <summary>
/// 工单: one 诉求 to the 12345 centre, from any channel, through 受理 → 派单 → 签收 → 办理 → 回复审核 → 回访
/// → 办结, with its timeline. The caller's phone is encrypted at rest and shown masked; a 举报 reporter
/// is never shown to the departments (<see cref="TicketScope"/>).
/// </summary>
internal sealed partial class Ticket
{
    public long Id { get; init; }
    public required string Number { get; init; }
    public TicketChannel Channel { get; init; }
    public TicketKind Kind { get; private set; }
    public required string CategoryCode { get; set; }
    public required string Content { get; init; }
    public bool Anonymous { get; init; }
    public string? CallerName { get; init; }
    [Common.Crypto.EncryptedAtRest]
    public string? CallerPhone { get; init; }
    /// <summary>Keyed hash of the phone: the caller's history and duplicates without decrypting.</summary>
    public string? CallerPhoneIndex { get; init; }
    public Guid? CallerAccountId { get; init; }
    public string? Address { get; init; }
    public string? DivisionCode { get; init; }
    public string? ItemCode { get; init; }
    public string? CaseNumber { get; init; }
    public int? HallId { get; init; }
    /// <summary>The number it had where it came from (省长信箱, 信访).</summary>
    public string? SourceNumber { get; init; }
    /// <summary>政企通 and 办不成事 go first in the queue.</summary>
    public bool Priority { get; init; }
    /// <summary>市长信箱: the writer allows the letter and its reply to be published.</summary>
    public bool MayPublish { get; init; }
    public required string ReceivedBy { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public DateOnly ReceivedOn { get; init; }
    public TicketStatus Status { get; private set; } = TicketStatus.Received;
    /// <summary>主办: the lead department.</summary>
    public int? LeadDepartmentId { get; private set; }
    /// <summary>协办.</summary>
    public List<int> CoDepartmentIds { get; private set; } = [];
    public DateOnly? DispatchedOn { get; private set; }
    public DateOnly? SignDue { get; private set; }
    public DateTimeOffset? SignedAt { get; private set; }
    public int LimitDays { get; private set; }
    public int ExtensionDays { get; private set; }
    public DateOnly? Due { get; private set; }
    public int? PendingExtensionDays { get; private set; }
    public string? PendingExtensionReason { get; private set; }
    public string? Reply { get; private set; }
    public string? RepliedBy { get; private set; }
    public DateTimeOffset? RepliedAt { get; private set; }
    /// <summary>The reply the caller sees: set when the centre's review passes (or a 咨询 answered at once).</summary>
    public string? ApprovedReply { get; private set; }
    public bool? Resolved { get; private set; }
    public Satisfaction? Satisfaction { get; private set; }
    public bool Reopened { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    /// <summary>Closed as a repeat of this ticket.</summary>
    public string? MergedInto { get; private set; }
    public List<TicketEvent> Events { get; init; } = [];
    public Guid Concurrency { get; private set; } = Guid.NewGuid();

    /// <summary>The 办理时限 from the day of receipt, with approved extensions.</summary>
    private void ComputeDue(WorkingDaySchedule calendar, DateOnly from) => Due = calendar.AddWorkingDays(from, LimitDays + ExtensionDays).Date;

    /// <summary>How the due date was reckoned, in words.</summary>
    public string DueExplanation => Due is null ? "尚未派单，无办理期限"
        : $"{Kind.Label()}类工单办理时限 {LimitDays} 个工作日{(ExtensionDays > 0 ? $"，经批准延期 {ExtensionDays} 个工作日" : "")}，自 {(Reopened ? "重办派单" : "受理")}之日起按工作日计算（节假日、调休按平台工作日历），办理期限 {Due:yyyy-MM-dd}";
}

/// <summary>One line of a ticket's timeline.</summary>
internal sealed class TicketEvent
{
    public long Id { get; init; }
    public long TicketId { get; init; }
    public int Sequence { get; init; }
    public DateTimeOffset At { get; init; }
    public required string Actor { get; init; }
    public required string Action { get; init; }
    public TicketStatus To { get; init; }
    public string? Detail { get; init; }
}
