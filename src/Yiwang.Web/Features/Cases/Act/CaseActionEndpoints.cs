using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Time;

namespace Yiwang.Web.Features.Cases.Act;

/// <summary>POST /api/v1/cases/{number}/{action}: each maps its request onto one Case method through <see cref="CaseCommands"/>.</summary>
public static class CaseActionEndpoints
{
    public static void MapCaseActions(this RouteGroupBuilder cases)
    {
        Map<AcceptRequest>(cases, "accept", "受理（窗口）", CaseRole.Window, r => r.Concurrency, r => r.ApplicantPresent,
            (c, a, cal, r, today) => c.Accept(a, today, cal));
        Map<RequestSupplementRequest>(cases, "request-supplement", "一次性告知补正（窗口）", CaseRole.Window, r => r.Concurrency, r => r.ApplicantPresent,
            (c, a, _, r, _) => c.RequestSupplement(a, (r.Missing ?? []).Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m.Trim()).ToList()));
        Map<RefuseRequest>(cases, "refuse", "不予受理（窗口）", CaseRole.Window, r => r.Concurrency, r => r.ApplicantPresent,
            (c, a, _, r, _) => c.Refuse(a, r.Reason ?? ""));
        Map<ResubmitRequest>(cases, "resubmit", "补正后重新提交（申请人）", CaseRole.Applicant, r => r.Concurrency, _ => false,
            (c, a, _, _, _) => c.Resubmit(a));
        Map<PassRequest>(cases, "pass", "本环节通过（审批人员）", CaseRole.BackOffice, r => r.Concurrency, _ => false,
            (c, a, _, r, _) => c.Pass(a, string.IsNullOrWhiteSpace(r.Opinion) ? null : r.Opinion.Trim()));
        Map<ReturnRequest>(cases, "return", "退回到之前环节（审批人员）", CaseRole.BackOffice, r => r.Concurrency, _ => false,
            (c, a, _, r, _) => c.Return(a, r.ToStep, r.Reason ?? ""));
        Map<SuspendRequest>(cases, "suspend", "启动特别程序，暂停计时（审批人员）", CaseRole.BackOffice, r => r.Concurrency, _ => false,
            (c, a, _, r, today) => c.Suspend(a, r.Kind, r.Reason ?? "", r.Approver ?? "", r.MaxDays, today));
        Map<ResumeRequest>(cases, "resume", "特别程序结束，恢复计时（审批人员）", CaseRole.BackOffice, r => r.Concurrency, _ => false,
            (c, a, cal, _, today) => c.Resume(a, today, cal));
        Map<ExtendRequest>(cases, "extend", "经批准延期（审批人员）", CaseRole.BackOffice, r => r.Concurrency, _ => false,
            (c, a, cal, r, today) => c.Extend(a, r.Days, r.Reason ?? "", r.Approver ?? "", today, cal));
        Map<DecideRequest>(cases, "decide", "作出准予或不予的决定（审批人员、首席审批员）", CaseRole.WindowOrBackOffice, r => r.Concurrency, _ => false,
            (c, a, _, r, _) => c.Decide(a, r.Decision, r.Reason ?? ""));
        Map<DeliverRequest>(cases, "deliver", "出件办结（窗口）", CaseRole.Window, r => r.Concurrency, r => r.ApplicantPresent,
            (c, a, _, r, _) => c.Deliver(a, r.Method, string.IsNullOrWhiteSpace(r.TrackingNumber) ? null : r.TrackingNumber.Trim()));
        Map<WithdrawRequest>(cases, "withdraw", "撤回申请（申请人）", CaseRole.Applicant, r => r.Concurrency, _ => false,
            (c, a, _, r, _) => c.Withdraw(a, r.Reason ?? ""));
    }

    private static void Map<T>(RouteGroupBuilder cases, string action, string summary, CaseRole role, Func<T, Guid?> token, Func<T, bool> present,
        Action<Case, Actor, Calendar.WorkingDaySchedule, T, DateOnly> apply) =>
        cases.MapPost($"/{{number}}/{action}", async (string number, T request, CaseCommands commands, TimeProvider clock, HttpContext http, CancellationToken ct) =>
                (await commands.RunAsync(number, token(request), role, http.User,
                    (c, a, cal) => apply(c, a, cal, request, clock.Today()), ct, present(request))).ToHttp())
            .RequireAuthorization()
            .WithName("Case_" + action).WithSummary(summary);
}
