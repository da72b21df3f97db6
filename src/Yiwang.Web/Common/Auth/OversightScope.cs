using System.Security.Claims;

namespace Yiwang.Web.Common.Auth;

/// <summary>
/// Who sees and handles what oversight raises about a department (红黄牌, 差评整改): supervisors and
/// admins all of it; a department's staff only their own department's.
/// </summary>
internal static class OversightScope
{
    public static bool SeesAll(ClaimsPrincipal user) => user.Meets(Policy.Oversight);

    private static bool IsDepartmentStaff(ClaimsPrincipal user) =>
        user.Meets(Policy.DepartmentWork);

    /// <summary>The department whose cards the user sees; null for those who see all or none.</summary>
    public static int? DepartmentOf(ClaimsPrincipal user) => !SeesAll(user) && IsDepartmentStaff(user) ? user.DepartmentId() : null;

    /// <summary>Sees a card or a rectification of this department.</summary>
    public static bool MaySee(ClaimsPrincipal user, int departmentId) => SeesAll(user) || (DepartmentOf(user) is { } d && d == departmentId);

    /// <summary>The department answers what is raised about it (its admin or its approvers).</summary>
    public static bool MayAnswer(ClaimsPrincipal user, int departmentId) => IsDepartmentStaff(user) && user.DepartmentId() == departmentId;

    /// <summary>Closing, escalating, setting the rules and running the sweep belong to the 效能监察员.</summary>
    public static bool Supervises(ClaimsPrincipal user) => user.Meets(Policy.Supervision);
}
