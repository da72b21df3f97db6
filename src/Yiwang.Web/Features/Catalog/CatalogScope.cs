using System.Security.Claims;
using Yiwang.Web.Common.Auth;

namespace Yiwang.Web.Features.Catalog;

/// <summary>Who may write which items: a department admin their own department's, a system admin all.</summary>
internal static class CatalogScope
{

    public static bool CanEdit(ClaimsPrincipal user, int departmentId) =>
        user.Meets(Policy.PlatformAdmin) ||
        (user.Meets(Policy.DepartmentAdmin) && user.DepartmentId() == departmentId);

    /// <summary>The department a user's item lists are limited to; null means all.</summary>
    public static int? EditableDepartment(ClaimsPrincipal user) =>
        user.Meets(Policy.PlatformAdmin) ? null : user.DepartmentId() ?? -1;
}
