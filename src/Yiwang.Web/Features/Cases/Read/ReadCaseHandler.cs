using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Identity;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Calendar;
using Yiwang.Web.Features.Catalog;

namespace Yiwang.Web.Features.Cases.Read;

/// <param name="Colleagues">The department's other approvers, a case can be passed on to.</param>
/// <param name="Heads">The department's 部门负责人, who approve an extension.</param>
public sealed record CaseAbilities(bool IsApplicant, bool AtWindow, bool InBackOffice, bool MayDecide, bool IsCountersigner, IReadOnlyList<StaffName> Colleagues,
    IReadOnlyList<StaffName> Heads, IReadOnlyList<(int Id, string Name)> Departments)
{
    /// <summary>The signed-in user is the owning department's 部门负责人 (approves extensions).</summary>
    public bool IsHead { get; init; }
}

/// <summary>A staff member as pick-lists show them: by name, never by login.</summary>
public sealed record StaffName(string UserName, string DisplayName, bool Head);

internal sealed class ReadCaseHandler(YiwangDb db, CaseScope scope, WorkingDayCalendar calendar, TimeProvider clock, IBundleLinks bundles, ActorNames names,
    Materials.GivenMaterialsReader versions)
{
    /// <summary>A case someone may not read is reported as not found, so numbers cannot be probed.</summary>
    public async Task<Outcome<CaseView>> GetAsync(string number, ClaimsPrincipal user, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().Include(x => x.Events).SingleOrDefaultAsync(x => x.Number == number, ct);
        if (c is null || !await scope.CanReadAsync(user, c, ct)) return Outcome<CaseView>.NotFound($"办件 {number} 不存在");
        var bundle = c.BundleCaseId is { } id ? await bundles.OfAsync(id, ct) : null;
        var pickup = c.PickupHallId is { } hall ? await db.Halls.Where(h => h.Id == hall).Select(h => h.Name).SingleOrDefaultAsync(ct) : null;
        var rules = (await versions.GuideAsync(c, ct))?.TimeRules ?? new Catalog.TimeRules();
        var view = CaseView.Of(c, calendar.Schedule, clock.Today()).WithRules(c, rules) with { Bundle = bundle, PickupHall = pickup };
        // The postal address in full for the applicant and the window that posts the result; masked for everyone else in scope.
        if (view.PostalAddress is { } address && !await scope.ActsForApplicantAsync(user, c, ct) && !await scope.AtWindowAsync(user, c, ct))
            view = view with { PostalAddress = Mask.Address(address) };
        return Outcome<CaseView>.Ok(await names.NamedAsync(view, c.ApplicantId, user, ct));
    }

    /// <summary>What the signed-in user may do with a case (drives which forms the case page shows).</summary>
    public async Task<CaseAbilities?> AbilitiesAsync(string number, ClaimsPrincipal user, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().SingleOrDefaultAsync(x => x.Number == number, ct);
        if (c is null) return null;
        var inBackOffice = CaseScope.InBackOffice(user, c);
        var staff = inBackOffice
            ? await (from u in db.Users join ur in db.UserRoles on u.Id equals ur.UserId join r in db.Roles on ur.RoleId equals r.Id
                     where u.DepartmentId == c.DepartmentId && (r.Name == StaffRole.Approver || r.Name == StaffRole.ChiefApprover || r.Name == StaffRole.DepartmentHead)
                     orderby u.UserName
                     select new StaffName(u.UserName!, u.DisplayName, r.Name == StaffRole.DepartmentHead)).ToListAsync(ct)
            : [];
        var colleagues = staff.Where(s => !s.Head && s.UserName != user.Identity!.Name).DistinctBy(s => s.UserName).ToList();
        var departments = inBackOffice
            ? (await db.Departments.AsNoTracking().Where(d => d.Id != c.DepartmentId).OrderBy(d => d.Code).Select(d => new { d.Id, d.Name }).ToListAsync(ct)).Select(d => (d.Id, d.Name)).ToList()
            : [];
        return new CaseAbilities(await scope.ActsForApplicantAsync(user, c, ct), await scope.AtWindowAsync(user, c, ct), inBackOffice, await scope.MayDecideAsync(user, c, ct),
            CaseScope.IsCountersigner(user, c), colleagues, staff.Where(s => s.Head).DistinctBy(s => s.UserName).ToList(), departments)
        { IsHead = CaseScope.IsDepartmentHead(user, c) };
    }

    public async Task<List<CaseSummary>> MineAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var id = user.AccountId();
        return (await db.Cases.AsNoTracking().Where(c => c.ApplicantId == id).OrderByDescending(c => c.Id).ToListAsync(ct))
            .Select(CaseSummary.Of).ToList();
    }

    private sealed record ProgressRow(string Number, string ItemName, string ApplicantName, CaseStatus Status, List<Catalog.ProcedureStep> Steps, int StepIndex,
        DateTimeOffset? SubmittedAt, DateOnly? AcceptedOn, DateOnly? Due, DateTimeOffset? ClosedAt, bool Organisation,
        DateOnly? ReceivedOn, bool AcceptedByLaw, bool DueProvisional, int PromisedDays, DateOnly? SupplementDue, List<Suspension> Suspensions, List<Extension> Extensions);

    // Only the columns the answer shows, compiled once: this is the public, anonymous, high-traffic read.
    private static readonly Func<YiwangDb, string, CancellationToken, Task<ProgressRow?>> ProgressQuery = EF.CompileAsyncQuery(
        (YiwangDb db, string number, CancellationToken ct) => db.Cases.AsNoTracking().Where(x => x.Number == number)
            .Select(x => new ProgressRow(x.Number, x.ItemName, x.ApplicantName, x.Status, x.Steps, x.StepIndex, x.SubmittedAt, x.AcceptedOn, x.Due, x.ClosedAt,
                db.Users.Any(u => u.Id == x.ApplicantId && u.Kind == Accounts.AccountKind.LegalPerson),
                x.ReceivedOn, x.AcceptedByLaw, x.DueProvisional, x.PromisedDays, x.SupplementDue, x.Suspensions, x.Extensions))
            .SingleOrDefault());

    public async Task<Outcome<ProgressView>> ProgressAsync(string? number, string? name, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(number)) return Outcome<ProgressView>.Invalid("number", "请填写办件编号");
        if (string.IsNullOrWhiteSpace(name)) return Outcome<ProgressView>.Invalid("name", "请填写申请人姓名或单位名称");
        var c = await ProgressQuery(db, number.Trim(), ct); // an organisation's name is public; a person's is masked
        if (c is null || c.ApplicantName != name.Trim()) return Outcome<ProgressView>.NotFound("未查到该办件，请核对办件编号和申请人姓名");
        return Outcome<ProgressView>.Ok(new ProgressView(c.Number, c.ItemName, c.Organisation ? c.ApplicantName : Mask.PersonName(c.ApplicantName), c.Status.Label(), Case.StepNameAt(c.Status, c.Steps, c.StepIndex),
            c.SubmittedAt, c.AcceptedOn, c.Due, c.ClosedAt, DueNotes(c, calendar.Schedule)));
    }

    /// <summary>How the due date stands, in the applicant's words: what counts, what was added, what is stopped, what is waited for.</summary>
    private static List<string> DueNotes(ProgressRow c, WorkingDaySchedule calendar)
    {
        var notes = new List<string>();
        if (c.Status == CaseStatus.Submitted && c.ReceivedOn is { } received && calendar.Covers(received))
            notes.Add($"收件日期 {received:yyyy-MM-dd}：本机关应于 {AcceptanceTerm.LastDay(received, calendar):yyyy-MM-dd} 前受理或一次性告知补正，逾期即依法视为受理（{AcceptanceTerm.Basis}）。");
        if (c.Status == CaseStatus.AwaitingSupplement && c.SupplementDue is { } by)
            notes.Add($"请于 {by:yyyy-MM-dd} 前补正材料，逾期未补正的将不予受理；补正齐全后重新计算受理期限。");
        if (c.AcceptedOn is null || c.Due is null) return notes;
        notes.Add(c.PromisedDays == 0 ? "即办件：受理当日办结。" : $"承诺 {c.PromisedDays} 个工作日，自受理次日起按工作日计算，节假日顺延。");
        if (c.AcceptedByLaw) notes.Add($"因未在收件后{AcceptanceTerm.WorkingDays}个工作日内受理，依法自收件之日（{c.AcceptedOn:yyyy-MM-dd}）起计算。");
        foreach (var x in c.Extensions) notes.Add($"经{x.Approver}批准延期 {x.Days} 个工作日：{x.Reason}。");
        foreach (var s in c.Suspensions)
            notes.Add(s.To is { } to
                ? $"特别程序（{s.Kind.Label()}）{s.From:yyyy-MM-dd} 至 {to:yyyy-MM-dd}，所需时间不计入办理时限，期限相应顺延。"
                : $"特别程序（{s.Kind.Label()}）进行中：自 {s.From:yyyy-MM-dd} 起暂停计时，预计至 {s.Until:yyyy-MM-dd}；结束后办结期限相应顺延。");
        if (c.DueProvisional) notes.Add("办结期限涉及尚未发布放假安排的年份，按法定节假日暂定，安排发布后自动调整并通知您。");
        return notes;
    }
}
