using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Accounts.Assurance;
using Yiwang.Web.Features.Calendar;

namespace Yiwang.Web.Features.Cases.Act;

/// <summary>What a pre-check found (the person or department an action names).</summary>
/// <param name="Assurance">The actor's 身份认证等级 (an applicant's submission).</param>
/// <param name="AgentNote">Said on the timeline when a company's 经办人, not the company, submits.</param>
internal sealed record ActionContext(string? UserName = null, int? DepartmentId = null, string? DepartmentName = null,
    AssuranceLevel? Assurance = null, bool LegalPerson = false, Guid? AccountId = null, string? AgentNote = null);

/// <summary>The legal date of the action (Beijing time), what the pre-check found, and (for actions that ask) the case's materials.</summary>
internal readonly record struct ActionDay(DateOnly Today, ActionContext? Context, Materials.GivenMaterials? Materials = null, Catalog.TimeRules? Rules = null);

/// <summary>One case action: who may do it, which token it carries, whether the applicant stood there, what it does.</summary>
internal sealed record ActionDefinition<T>(CaseAction Action, string Summary, CaseRole Role, Func<T, Guid?> Token, Func<T, bool> Present,
    Action<Case, Actor, WorkingDaySchedule, T, ActionDay> Apply,
    Func<T, ClaimsPrincipal, YiwangDb, CancellationToken, Task<Outcome<ActionContext>>>? Check = null, bool ReadsMaterials = false, bool ReadsTimeRules = false);

/// <summary>Every action, defined once; the API endpoints and the staff case page both run these.</summary>
internal static class CaseActions
{
    public static readonly ActionDefinition<SubmitDraftRequest> Submit = new(CaseAction.Submit, "提交草稿（申请人；申请表须填写完整，必要材料须上传或以告知承诺代替）", CaseRole.Applicant, r => r.Concurrency, _ => false,
        (c, a, _, _, d) =>
        {
            var who = d.Context!;
            // An item that demands 实人认证 needs L3 to be submitted, as when applying in one go.
            if (d.Materials!.RequiresRealPerson && who.Assurance < AssuranceLevel.L3)
                throw new CaseTransitionException(AssuranceNames.Needs(AssuranceLevel.L3, who.LegalPerson ? Accounts.AccountKind.LegalPerson : Accounts.AccountKind.NaturalPerson));
            c.Submit(a, c.ApplicantId != who.AccountId ? who.AgentNote : null, d.Materials.Missing);
        }, SubmitterLevel, ReadsMaterials: true);
    public static readonly ActionDefinition<AcceptRequest> Accept = new(CaseAction.Accept, "受理（窗口）", CaseRole.Window, r => r.Concurrency, r => r.ApplicantPresent,
        (c, a, cal, _, d) => c.Accept(a, d.Today, cal));
    public static readonly ActionDefinition<RequestSupplementRequest> RequestSupplement = new(CaseAction.RequestSupplement, "一次性告知补正（窗口）", CaseRole.Window, r => r.Concurrency, r => r.ApplicantPresent,
        (c, a, cal, r, d) => c.RequestSupplement(a, (r.Missing ?? []).Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m.Trim()).ToList(), d.Today, cal, d.Rules!.SupplementTerm),
        ReadsTimeRules: true);
    public static readonly ActionDefinition<CloseUnsupplementedRequest> CloseUnsupplemented = new(CaseAction.CloseUnsupplemented, "补正期限届满仍未补正：不予受理（窗口）", CaseRole.Window, r => r.Concurrency, _ => false,
        (c, a, _, _, d) => c.CloseUnsupplemented(a, d.Today));
    public static readonly ActionDefinition<RefuseRequest> Refuse = new(CaseAction.Refuse, "不予受理（窗口）", CaseRole.Window, r => r.Concurrency, r => r.ApplicantPresent,
        (c, a, cal, r, d) => c.Refuse(a, r.Reason ?? "", d.Today, cal));
    public static readonly ActionDefinition<ResubmitRequest> Resubmit = new(CaseAction.Resubmit, "补正后重新提交（申请人；一次性告知的每项材料须已上传）", CaseRole.Applicant, r => r.Concurrency, _ => false,
        (c, a, _, _, d) => c.Resubmit(a, d.Materials!.GivenInRound(c.SupplementRounds)), ReadsMaterials: true);
    public static readonly ActionDefinition<PassRequest> Pass = new(CaseAction.Pass, "本环节通过（审批人员）", CaseRole.BackOffice, r => r.Concurrency, _ => false,
        (c, a, _, r, _) => c.Pass(a, string.IsNullOrWhiteSpace(r.Opinion) ? null : r.Opinion.Trim()));
    public static readonly ActionDefinition<ReturnRequest> Return = new(CaseAction.Return, "退回到之前环节（审批人员）", CaseRole.BackOffice, r => r.Concurrency, _ => false,
        (c, a, _, r, _) => c.Return(a, r.ToStep, r.Reason ?? ""));
    public static readonly ActionDefinition<SuspendRequest> Suspend = new(CaseAction.Suspend, "启动特别程序，暂停计时（审批人员）", CaseRole.BackOffice, r => r.Concurrency, _ => false,
        (c, a, _, r, d) => c.Suspend(a, r.Kind, r.Reason ?? "", r.Approver ?? "", r.MaxDays, d.Today, d.Rules!.Limit(r.Kind)), ReadsTimeRules: true);
    public static readonly ActionDefinition<ResumeRequest> Resume = new(CaseAction.Resume, "特别程序结束，恢复计时（审批人员）", CaseRole.BackOffice, r => r.Concurrency, _ => false,
        (c, a, cal, _, d) => c.Resume(a, d.Today, cal));
    public static readonly ActionDefinition<ExtendRequest> Extend = new(CaseAction.Extend, "延期（部门负责人批准；每件一次，不超过事项规定的天数，法定时限届满前）", CaseRole.Head, r => r.Concurrency, _ => false,
        (c, a, cal, r, d) => c.Extend(a, r.Days, r.Reason ?? "", d.Context!.UserName!, d.Today, cal, d.Rules!.Extension(c.LegalDays, c.PromisedDays)),
        (_, user, _, _) => Task.FromResult(Outcome<ActionContext>.Ok(new ActionContext(UserName: user.Name()))), ReadsTimeRules: true);
    public static readonly ActionDefinition<DecideRequest> Decide = new(CaseAction.Decide, "作出准予或不予的决定（审批人员；首席审批员可对标注事项当场决定）", CaseRole.Decider, r => r.Concurrency, _ => false,
        (c, a, _, r, _) => c.Decide(a, r.Decision, r.Reason ?? ""));
    public static readonly ActionDefinition<RecallRequest> Recall = new(CaseAction.Recall, "撤回本人上一步的通过或决定（下一步尚未处理时）", CaseRole.Decider, r => r.Concurrency, _ => false,
        (c, a, _, _, _) => c.Recall(a));
    public static readonly ActionDefinition<ReassignRequest> Reassign = new(CaseAction.Reassign, "转办给本部门另一名审批人员", CaseRole.BackOffice, r => r.Concurrency, _ => false,
        (c, a, _, r, d) => c.Reassign(a, d.Context!.UserName!, r.Reason ?? ""), CheckApprover);
    public static readonly ActionDefinition<RequestCountersignRequest> RequestCountersign = new(CaseAction.RequestCountersign, "请其他部门会签", CaseRole.BackOffice, r => r.Concurrency, _ => false,
        (c, a, _, r, d) => c.RequestCountersign(a, d.Context!.DepartmentId!.Value, d.Context.DepartmentName!, r.Note), CheckDepartment);
    public static readonly ActionDefinition<CountersignRequest> Countersign = new(CaseAction.Countersign, "会签（被请求部门的审批人员）", CaseRole.Countersigner, r => r.Concurrency, _ => false,
        (c, a, _, r, d) => c.SignCountersign(a, d.Context!.DepartmentId!.Value, r.Agree, r.Opinion ?? ""), OwnDepartment);
    public static readonly ActionDefinition<DeliverRequest> Deliver = new(CaseAction.Deliver, "出件办结（窗口）", CaseRole.Window, r => r.Concurrency, r => r.ApplicantPresent,
        (c, a, _, r, _) => c.Deliver(a, r.Method, string.IsNullOrWhiteSpace(r.TrackingNumber) ? null : r.TrackingNumber.Trim()));
    public static readonly ActionDefinition<WithdrawRequest> Withdraw = new(CaseAction.Withdraw, "撤回申请（申请人）", CaseRole.Applicant, r => r.Concurrency, _ => false,
        (c, a, _, r, _) => c.Withdraw(a, r.Reason ?? ""));

    /// <summary>A draft is submitted at L2 at least (a draft itself needs only L1), like an application made in one go.</summary>
    private static Task<Outcome<ActionContext>> SubmitterLevel(SubmitDraftRequest r, ClaimsPrincipal user, YiwangDb db, CancellationToken ct)
    {
        var legal = user.CreditCode() is not null;
        return Task.FromResult(user.Reaches(AssuranceLevel.L2)
            ? Outcome<ActionContext>.Ok(new ActionContext(Assurance: user.Assurance(), LegalPerson: legal, AccountId: user.AccountId(),
                AgentNote: CaseScope.AgentNote(user)))
            : Outcome<ActionContext>.Forbidden(AssuranceNames.Needs(AssuranceLevel.L2, legal ? Accounts.AccountKind.LegalPerson : Accounts.AccountKind.NaturalPerson)));
    }

    /// <summary>转办 goes to an approver of the reassigner's own department.</summary>
    private static async Task<Outcome<ActionContext>> CheckApprover(ReassignRequest r, ClaimsPrincipal user, YiwangDb db, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(r.ToApprover)) return Outcome<ActionContext>.Invalid("toApprover", "请选择转办给谁");
        var dept = user.DepartmentId();
        var ok = await (from u in db.Users
                        join ur in db.UserRoles on u.Id equals ur.UserId
                        join role in db.Roles on ur.RoleId equals role.Id
                        where u.UserName == r.ToApprover.Trim() && u.DepartmentId == dept && (role.Name == StaffRole.Approver || role.Name == StaffRole.ChiefApprover)
                        select u.Id).AnyAsync(ct);
        return ok ? Outcome<ActionContext>.Ok(new ActionContext(UserName: r.ToApprover.Trim()))
            : Outcome<ActionContext>.Invalid("toApprover", $"“{r.ToApprover}”不是本部门的审批人员");
    }

    private static async Task<Outcome<ActionContext>> CheckDepartment(RequestCountersignRequest r, ClaimsPrincipal user, YiwangDb db, CancellationToken ct)
    {
        var dept = await db.Departments.Where(d => d.Id == r.DepartmentId).Select(d => new { d.Id, d.Name }).SingleOrDefaultAsync(ct);
        return dept is null ? Outcome<ActionContext>.Invalid("departmentId", "会签部门不存在")
            : Outcome<ActionContext>.Ok(new ActionContext(DepartmentId: dept.Id, DepartmentName: dept.Name));
    }

    private static Task<Outcome<ActionContext>> OwnDepartment(CountersignRequest r, ClaimsPrincipal user, YiwangDb db, CancellationToken ct) =>
        Task.FromResult(user.DepartmentId() is { } d ? Outcome<ActionContext>.Ok(new ActionContext(DepartmentId: d)) : Outcome<ActionContext>.Forbidden("您不属于任何部门"));
}
