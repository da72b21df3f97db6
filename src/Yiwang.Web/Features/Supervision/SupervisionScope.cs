using System.Security.Claims;
using Yiwang.Web.Common.Auth;

namespace Yiwang.Web.Features.Supervision;

/// <summary>Who sees and handles which cards: supervisors and admins all of them; a department's staff only their own.</summary>
public static class SupervisionScope
{
    public static bool SeesAll(ClaimsPrincipal user) => user.Meets(Policy.Oversight);

    private static bool IsDepartmentStaff(ClaimsPrincipal user) =>
        user.Meets(Policy.DepartmentWork);

    /// <summary>The department whose cards the user sees; null for those who see all or none.</summary>
    public static int? DepartmentOf(ClaimsPrincipal user) => !SeesAll(user) && IsDepartmentStaff(user) ? user.DepartmentId() : null;

    /// <summary>Sees a card or a rectification of this department.</summary>
    public static bool MaySee(ClaimsPrincipal user, int departmentId) => SeesAll(user) || (DepartmentOf(user) is { } d && d == departmentId);

    /// <summary>The department answers its cards (its admin or its approvers).</summary>
    public static bool MayAnswer(ClaimsPrincipal user, Card card) => IsDepartmentStaff(user) && user.DepartmentId() == card.DepartmentId;

    /// <summary>Closing, escalating, setting the rules and running the sweep belong to the 效能监察员.</summary>
    public static bool Supervises(ClaimsPrincipal user) => user.Meets(Policy.Supervision);
}
