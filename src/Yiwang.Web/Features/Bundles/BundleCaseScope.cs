using System.Security.Claims;
using Yiwang.Web.Features.Accounts;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Web.Features.Bundles;

/// <summary>
/// Who may see and act on a bundle case: its applicant; a window clerk (or chief approver) of a
/// hall that serves every part's department, or of any hall for a 跨域通办 bundle, or of the hall
/// the results are collected at; supervisors and system admins read. A department's staff see
/// only their own part's case, never the whole.
/// </summary>
public sealed class BundleCaseScope(CaseScope cases)
{
    public static bool IsApplicant(ClaimsPrincipal user, BundleCase b) => user.AccountId() == b.ApplicantId;

    public async Task<bool> AtWindowAsync(ClaimsPrincipal user, BundleCase b, CancellationToken ct)
    {
        if (!(user.IsInRole(StaffRole.WindowClerk) || user.IsInRole(StaffRole.ChiefApprover)) || user.HallId() is not { } hall) return false;
        if (b.CrossRegion || b.PickupHallId == hall) return true;
        var served = await cases.DepartmentsServedByAsync(hall, ct);
        return b.Parts.All(p => served.Contains(p.DepartmentId));
    }

    public async Task<bool> CanReadAsync(ClaimsPrincipal user, BundleCase b, CancellationToken ct) =>
        IsApplicant(user, b) || user.IsInRole(StaffRole.Supervisor) || user.IsInRole(StaffRole.SystemAdmin) || await AtWindowAsync(user, b, ct);
}
