using Yiwang.Web.Features.Calendar;

namespace Yiwang.Web.Features.Cases.Act;

/// <summary>One case action: who may do it, which token it carries, whether the applicant stood there, what it does.</summary>
public sealed record CaseAction<T>(string Name, string Summary, CaseRole Role, Func<T, Guid?> Token, Func<T, bool> Present,
    Action<Case, Actor, WorkingDaySchedule, T, DateOnly> Apply);

/// <summary>Every action, defined once; the API endpoints and the staff case page both run these.</summary>
public static class CaseActions
{
    public static readonly CaseAction<AcceptRequest> Accept = new("accept", "受理（窗口）", CaseRole.Window, r => r.Concurrency, r => r.ApplicantPresent,
        (c, a, cal, _, today) => c.Accept(a, today, cal));
    public static readonly CaseAction<RequestSupplementRequest> RequestSupplement = new("request-supplement", "一次性告知补正（窗口）", CaseRole.Window, r => r.Concurrency, r => r.ApplicantPresent,
        (c, a, _, r, _) => c.RequestSupplement(a, (r.Missing ?? []).Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m.Trim()).ToList()));
    public static readonly CaseAction<RefuseRequest> Refuse = new("refuse", "不予受理（窗口）", CaseRole.Window, r => r.Concurrency, r => r.ApplicantPresent,
        (c, a, _, r, _) => c.Refuse(a, r.Reason ?? ""));
    public static readonly CaseAction<ResubmitRequest> Resubmit = new("resubmit", "补正后重新提交（申请人）", CaseRole.Applicant, r => r.Concurrency, _ => false,
        (c, a, _, _, _) => c.Resubmit(a));
    public static readonly CaseAction<PassRequest> Pass = new("pass", "本环节通过（审批人员）", CaseRole.BackOffice, r => r.Concurrency, _ => false,
        (c, a, _, r, _) => c.Pass(a, string.IsNullOrWhiteSpace(r.Opinion) ? null : r.Opinion.Trim()));
    public static readonly CaseAction<ReturnRequest> Return = new("return", "退回到之前环节（审批人员）", CaseRole.BackOffice, r => r.Concurrency, _ => false,
        (c, a, _, r, _) => c.Return(a, r.ToStep, r.Reason ?? ""));
    public static readonly CaseAction<SuspendRequest> Suspend = new("suspend", "启动特别程序，暂停计时（审批人员）", CaseRole.BackOffice, r => r.Concurrency, _ => false,
        (c, a, _, r, today) => c.Suspend(a, r.Kind, r.Reason ?? "", r.Approver ?? "", r.MaxDays, today));
    public static readonly CaseAction<ResumeRequest> Resume = new("resume", "特别程序结束，恢复计时（审批人员）", CaseRole.BackOffice, r => r.Concurrency, _ => false,
        (c, a, cal, _, today) => c.Resume(a, today, cal));
    public static readonly CaseAction<ExtendRequest> Extend = new("extend", "经批准延期（审批人员）", CaseRole.BackOffice, r => r.Concurrency, _ => false,
        (c, a, cal, r, today) => c.Extend(a, r.Days, r.Reason ?? "", r.Approver ?? "", today, cal));
    public static readonly CaseAction<DecideRequest> Decide = new("decide", "作出准予或不予的决定（审批人员、首席审批员）", CaseRole.Decider, r => r.Concurrency, _ => false,
        (c, a, _, r, _) => c.Decide(a, r.Decision, r.Reason ?? ""));
    public static readonly CaseAction<RecallRequest> Recall = new("recall", "撤回本人上一步的通过或决定（下一步尚未处理时）", CaseRole.Decider, r => r.Concurrency, _ => false,
        (c, a, _, _, _) => c.Recall(a));
    public static readonly CaseAction<DeliverRequest> Deliver = new("deliver", "出件办结（窗口）", CaseRole.Window, r => r.Concurrency, r => r.ApplicantPresent,
        (c, a, _, r, _) => c.Deliver(a, r.Method, string.IsNullOrWhiteSpace(r.TrackingNumber) ? null : r.TrackingNumber.Trim()));
    public static readonly CaseAction<WithdrawRequest> Withdraw = new("withdraw", "撤回申请（申请人）", CaseRole.Applicant, r => r.Concurrency, _ => false,
        (c, a, _, r, _) => c.Withdraw(a, r.Reason ?? ""));
}
