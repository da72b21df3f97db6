using System.Security.Claims;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Web.Features.Bundles;

/// <summary>
/// Who may see and act on a bundle case: its applicant; a window clerk (or chief approver) of a
/// hall that serves every part's department, or of any hall for a 跨域通办 bundle, or of the hall
/// the results are collected at; the 政务服务中心负责人 of the hall that accepted it (who approves its
/// extension); supervisors and system admins read. A department's staff see
/// only their own part's case, never the whole.
/// </summary>
internal sealed class BundleCaseScope(CaseScope cases)
{
    public static bool IsApplicant(ClaimsPrincipal user, BundleCase b) => user.AccountId() == b.ApplicantId;

    public async Task<bool> AtWindowAsync(ClaimsPrincipal user, BundleCase b, CancellationToken ct) =>
        IsWindowStaff(user) && (b.CrossRegion || b.PickupHallId == user.HallId() || Serves(await cases.DepartmentsServedByAsync(user.HallId()!.Value, ct), b));

    /// <summary>The bundle cases of a list the user's hall may accept and hand out (its departments read once).</summary>
    public async Task<List<BundleCase>> AtWindowAsync(ClaimsPrincipal user, IEnumerable<BundleCase> bundles, CancellationToken ct)
    {
        if (!IsWindowStaff(user)) return [];
        var served = await cases.DepartmentsServedByAsync(user.HallId()!.Value, ct);
        return bundles.Where(b => b.CrossRegion || b.PickupHallId == user.HallId() || Serves(served, b)).ToList();
    }

    private static bool IsWindowStaff(ClaimsPrincipal user) =>
        user.Meets(Policy.AtWindow) && user.HallId() is not null;

    private static bool Serves(List<int> served, BundleCase b) => b.Parts.All(p => served.Contains(p.DepartmentId));

    public async Task<bool> CanReadAsync(ClaimsPrincipal user, BundleCase b, CancellationToken ct) =>
        IsApplicant(user, b) || user.Meets(Policy.Oversight) || IsCentreHead(user, b) || await AtWindowAsync(user, b, ct);

    /// <summary>The 政务服务中心负责人 of the hall that accepted the bundle: approves its extension.</summary>
    public static bool IsCentreHead(ClaimsPrincipal user, BundleCase b) =>
        user.Meets(Policy.CentreHead) && user.HallId() is { } hall && hall == b.AcceptedHallId;
}
