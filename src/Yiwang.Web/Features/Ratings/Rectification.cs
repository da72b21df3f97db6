using Yiwang.Web.Common.Http;

namespace Yiwang.Web.Features.Ratings;

/// <summary>待整改 → 整改中 → 整改完成; or, on the department's appeal approved by a supervisor, 无效差评 / 无法整改.</summary>
public enum RectificationStatus { Pending, InProgress, Done, AppealPending, Invalid, CannotRectify }

public enum AppealKind { Invalid, CannotRectify }

/// <summary>
/// The department's answer to a 差评: verify, rectify and reply to the applicant within the deadline,
/// then a 回访 records the applicant's view. An overdue rectification raises a card.
/// </summary>
internal sealed class Rectification
{
    public long Id { get; init; }
    public long RatingId { get; init; }
    public Rating? Rating { get; init; }
    public long CaseId { get; init; }
    public required string CaseNumber { get; init; }
    public int DepartmentId { get; init; }
    public DateOnly OpenedOn { get; init; }
    public DateOnly Due { get; init; }
    public RectificationStatus Status { get; private set; }
    public string? Verification { get; private set; }
    public string? Measures { get; private set; }
    public string? Reply { get; private set; }
    public DateTimeOffset? RepliedAt { get; private set; }
    public string? RepliedBy { get; private set; }
    public AppealKind? Appeal { get; private set; }
    public string? AppealReason { get; private set; }
    public RectificationStatus? BeforeAppeal { get; private set; }
    public string? AppealDecidedBy { get; private set; }
    public string? AppealDecision { get; private set; }
    public string? ReturnVisit { get; private set; }
    public bool? ApplicantSatisfied { get; private set; }
    public DateTimeOffset? ReturnVisitAt { get; private set; }
    public Guid Concurrency { get; private set; } = Guid.NewGuid();

    public bool IsOpen => Status is RectificationStatus.Pending or RectificationStatus.InProgress or RectificationStatus.AppealPending;

    public bool Overdue(DateOnly today) => Status is RectificationStatus.Pending or RectificationStatus.InProgress && today > Due;

    /// <summary>核实: the department has looked into it; rectification is under way.</summary>
    public void Start(string? verification)
    {
        Require(Status == RectificationStatus.Pending, "只有待整改的差评可以开始整改");
        Verification = Required(verification, "请填写核实情况", "verification");
        Touch(RectificationStatus.InProgress);
    }

    public void Complete(string by, string? measures, string? reply, DateTimeOffset at)
    {
        Require(Status is RectificationStatus.Pending or RectificationStatus.InProgress, "该差评不在整改中");
        Measures = Required(measures, "请填写整改措施", "measures");
        Reply = Required(reply, "请填写给申请人的答复", "reply");
        (RepliedBy, RepliedAt) = (by, at);
        Touch(RectificationStatus.Done);
    }

    public void RequestAppeal(AppealKind kind, string? reason)
    {
        Require(Status is RectificationStatus.Pending or RectificationStatus.InProgress, "该差评不在整改中，不能申诉");
        (Appeal, AppealReason, BeforeAppeal) = (kind, Required(reason, "申诉须说明理由", "reason"), Status);
        Touch(RectificationStatus.AppealPending);
    }

    /// <summary>The supervisor approves (无效差评 / 无法整改) or rejects (back to where it was) the appeal.</summary>
    public void DecideAppeal(string by, bool approve, string? note)
    {
        Require(Status == RectificationStatus.AppealPending, "没有待审核的申诉");
        (AppealDecidedBy, AppealDecision) = (by, Required(note, "请填写审核意见", "note"));
        Touch(approve ? (Appeal == AppealKind.Invalid ? RectificationStatus.Invalid : RectificationStatus.CannotRectify) : BeforeAppeal!.Value);
    }

    /// <summary>回访 after the reply: what the applicant says of the rectification.</summary>
    public void RecordReturnVisit(string? view, bool satisfied, DateTimeOffset at)
    {
        Require(Status == RectificationStatus.Done, "整改完成后才能回访");
        (ReturnVisit, ApplicantSatisfied, ReturnVisitAt) = (Required(view, "请记录回访情况", "view"), satisfied, at);
        Concurrency = Guid.NewGuid();
    }

    private void Touch(RectificationStatus to)
    {
        Status = to;
        Concurrency = Guid.NewGuid();
    }

    private static void Require(bool ok, string message)
    {
        if (!ok) throw new RefusedException(message);
    }

    private static string Required(string? value, string message, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new RefusedException(message, field) : value.Trim();
}

internal static class RectificationNames
{
    public static string Label(this RectificationStatus s) => s switch
    {
        RectificationStatus.Pending => "待整改", RectificationStatus.InProgress => "整改中", RectificationStatus.Done => "整改完成",
        RectificationStatus.AppealPending => "申诉审核中", RectificationStatus.Invalid => "无效差评", _ => "无法整改",
    };
}
