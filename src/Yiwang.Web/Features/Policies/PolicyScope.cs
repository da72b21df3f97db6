using System.Security.Claims;
using Yiwang.Web.Common.Auth;
using AuthPolicy = Yiwang.Web.Common.Auth.Policy;

namespace Yiwang.Web.Features.Policies;

/// <summary>Who may write which policies: a department admin their own department's, a system admin all.</summary>
internal static class PolicyScope
{
    public static bool CanEdit(ClaimsPrincipal user, int departmentId) =>
        user.Meets(AuthPolicy.PlatformAdmin) || (user.Meets(AuthPolicy.DepartmentAdmin) && user.DepartmentId() == departmentId);
}
