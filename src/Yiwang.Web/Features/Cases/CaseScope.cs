using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Organization;

namespace Yiwang.Web.Features.Cases;

/// <summary>What a role may do with a case, checked in the handlers (not only in the UI).</summary>
internal sealed class CaseScope(YiwangDb db)
{
    public static bool IsApplicant(ClaimsPrincipal user, Case c) => c.ApplicantId is { } id && user.AccountId() == id;

    /// <summary>The departments a hall serves (<see cref="HallCoverage"/>).</summary>
    public async Task<List<int>> DepartmentsServedByAsync(int hallId, CancellationToken ct)
    {
        var hall = await db.Halls.Where(h => h.Id == hallId)
            .Select(h => new { h.DivisionCode, Stationed = h.Windows.Where(w => w.DepartmentId != null).Select(w => w.DepartmentId!.Value).ToList() })
            .SingleOrDefaultAsync(ct);
        if (hall is null) return [];
        return (await db.Departments.AsNoTracking().Select(d => new { d.Id, d.DivisionCode }).ToListAsync(ct))
            .Where(d => HallCoverage.Serves(hall.DivisionCode, hall.Stationed, d.Id, d.DivisionCode)).Select(d => d.Id).ToList();
    }

    /// <summary>
    /// Where an applicant may collect a result: a hall that serves the item's department, any hall for
    /// 市域通办 (<paramref name="crossRegion"/>). Two reads, whatever the number of halls.
    /// </summary>
    public async Task<List<(int Id, string Name)>> PickupHallsAsync(int departmentId, bool crossRegion, CancellationToken ct)
    {
        var division = await db.Departments.AsNoTracking().Where(d => d.Id == departmentId).Select(d => d.DivisionCode).SingleOrDefaultAsync(ct);
        var halls = await db.Halls.AsNoTracking().OrderBy(h => h.Id)
            .Select(h => new { h.Id, h.Name, h.DivisionCode, Stationed = h.Windows.Where(w => w.DepartmentId != null).Select(w => w.DepartmentId!.Value).ToList() })
            .ToListAsync(ct);
        return halls.Where(h => crossRegion || (division is not null && HallCoverage.Serves(h.DivisionCode, h.Stationed, departmentId, division)))
            .Select(h => (h.Id, h.Name)).ToList();
    }

    /// <summary>One hall of <see cref="PickupHallsAsync"/>: the check an application and a changed 送达方式 both make.</summary>
    public async Task<bool> MayCollectAtAsync(int hallId, int departmentId, bool crossRegion, CancellationToken ct) =>
        crossRegion ? await db.Halls.AnyAsync(h => h.Id == hallId, ct) : (await DepartmentsServedByAsync(hallId, ct)).Contains(departmentId);

    /// <summary>
    /// A clerk's hall serves cases of the departments it covers (<see cref="HallCoverage"/>); a
    /// 跨域通办 case (市域通办) any hall in the city, and the hall the applicant collects the result at.
    /// </summary>
    public async Task<bool> AtWindowAsync(ClaimsPrincipal user, Case c, CancellationToken ct)
    {
        if (!user.Meets(Policy.AtWindow) || user.HallId() is not { } hallId) return false;
        if (c.CrossRegion || c.PickupHallId == hallId) return true;
        var hall = await db.Halls.Where(h => h.Id == hallId)
            .Select(h => new { h.DivisionCode, Stationed = h.Windows.Any(w => w.DepartmentId == c.DepartmentId) }).SingleOrDefaultAsync(ct);
        var deptDivision = await db.Departments.Where(d => d.Id == c.DepartmentId).Select(d => d.DivisionCode).SingleOrDefaultAsync(ct);
        return hall is not null && deptDivision is not null
            && HallCoverage.Serves(hall.DivisionCode, hall.Stationed ? [c.DepartmentId] : [], c.DepartmentId, deptDivision);
    }

    /// <summary>The owning department's approvers; once 转办, only the assignee (and the chief approvers and the department's head).</summary>
    public static bool InBackOffice(ClaimsPrincipal user, Case c) =>
        user.Meets(Policy.Approval) && user.DepartmentId() == c.DepartmentId
        && (c.Assignee is null || c.Assignee == user.Identity?.Name || user.Meets(Policy.ChiefApproval) || user.Meets(Policy.DepartmentHead));

    /// <summary>部门负责人 of the owning department: approves its extensions.</summary>
    public static bool IsDepartmentHead(ClaimsPrincipal user, Case c) =>
        user.Meets(Policy.DepartmentHead) && user.DepartmentId() == c.DepartmentId;

    /// <summary>An approver of a department asked to countersign the case.</summary>
    public static bool IsCountersigner(ClaimsPrincipal user, Case c) =>
        user.Meets(Policy.Approval) && user.DepartmentId() is { } d && c.Countersigns.Any(x => x.DepartmentId == d);

    /// <summary>The owning department's approvers decide; a 首席审批员 at the window only for items flagged so.</summary>
    public async Task<bool> MayDecideAsync(ClaimsPrincipal user, Case c, CancellationToken ct) =>
        InBackOffice(user, c) || (user.Meets(Policy.ChiefApproval) && c.ChiefDecidesAtWindow && await AtWindowAsync(user, c, ct));

    /// <summary>A company's legal representative or 经办人 (for the case's item) reads the company's cases.</summary>
    public async Task<bool> IsCompanyAgentAsync(ClaimsPrincipal user, Case c, CancellationToken ct) =>
        c.ApplicantId is { } company && !user.IsStaff() && user.AccountId() is { } me && me != company
        && await Accounts.LegalPersons.AgentGrantsHandler.MayActForAsync(db, me, company, c.ItemCode, ct);

    /// <summary>What the timeline says when a company's 经办人 submits in its name (the person's name masked).</summary>
    public static string AgentNote(ClaimsPrincipal user) => $"经办人 {Common.Identity.Mask.PersonName(user.Name())} 代表单位申请";

    /// <summary>The applicant, or a 经办人 the company granted this item: who may upload, submit, resubmit and withdraw.</summary>
    public async Task<bool> ActsForApplicantAsync(ClaimsPrincipal user, Case c, CancellationToken ct) => IsApplicant(user, c) || await IsCompanyAgentAsync(user, c, ct);

    /// <summary>The applicant always; staff within their scope once the case is submitted (a draft is the applicant's own).</summary>
    public async Task<bool> CanReadAsync(ClaimsPrincipal user, Case c, CancellationToken ct) =>
        IsApplicant(user, c) || await IsCompanyAgentAsync(user, c, ct) || (c.Status != CaseStatus.Draft
            && (user.Meets(Policy.Oversight) || InBackOffice(user, c) || IsCountersigner(user, c)
                || (user.Meets(Policy.DepartmentWork) && user.DepartmentId() == c.DepartmentId)
                || await AtWindowAsync(user, c, ct)));
}
