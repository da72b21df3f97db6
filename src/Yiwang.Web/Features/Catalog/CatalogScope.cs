using System.Security.Claims;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Features.Accounts;

namespace Yiwang.Web.Features.Catalog;

/// <summary>Who may write which items: a department admin their own department's, a system admin all.</summary>
public static class CatalogScope
{
    public const string EditorPolicy = "CatalogEditor";

    public static bool CanEdit(ClaimsPrincipal user, int departmentId) =>
        user.IsInRole(StaffRole.SystemAdmin) ||
        (user.IsInRole(StaffRole.DepartmentAdmin) && user.DepartmentId() == departmentId);

    /// <summary>The department a user's item lists are limited to; null means all.</summary>
    public static int? EditableDepartment(ClaimsPrincipal user) =>
        user.IsInRole(StaffRole.SystemAdmin) ? null : user.DepartmentId() ?? -1;
}
