using System.Security.Claims;

namespace Yiwang.Web.Common.Auth;

/// <summary>
/// The named authorization policies: each is a duty, held by the staff roles listed once here.
/// Pages (<c>[Authorize(Policy = …)]</c>, <c>AuthorizeView Policy</c>) and endpoints
/// (<c>RequireAuthorization(…)</c>) name a policy; handlers and scope classes (CaseScope, …) ask
/// <see cref="Meets"/> and add the department or hall the duty is bound to.
/// </summary>
internal static class Policy
{
    /// <summary>系统管理员: the platform's organisation, staff, calendar, 一件事 composition, API clients.</summary>
    public const string PlatformAdmin = nameof(PlatformAdmin);
    /// <summary>效能监察员.</summary>
    public const string Supervision = nameof(Supervision);
    /// <summary>Sees across every department: 效能监察员 and 系统管理员.</summary>
    public const string Oversight = nameof(Oversight);
    /// <summary>窗口受理员.</summary>
    public const string WindowClerk = nameof(WindowClerk);
    /// <summary>Works a hall window: 窗口受理员, or a 首席审批员 deciding there.</summary>
    public const string AtWindow = nameof(AtWindow);
    /// <summary>审批人员 and 首席审批员 of a department.</summary>
    public const string Approval = nameof(Approval);
    /// <summary>首席审批员.</summary>
    public const string ChiefApproval = nameof(ChiefApproval);
    /// <summary>部门负责人: approves extensions.</summary>
    public const string DepartmentHead = nameof(DepartmentHead);
    /// <summary>政务服务中心负责人: approves a 一件事's extension.</summary>
    public const string CentreHead = nameof(CentreHead);
    /// <summary>部门管理员.</summary>
    public const string DepartmentAdmin = nameof(DepartmentAdmin);
    /// <summary>A department's approvers and its admin (事后核查, licence revocation, the department's cases).</summary>
    public const string DepartmentWork = nameof(DepartmentWork);
    /// <summary>Edits items, imports data: a department admin (own department) or the platform admin.</summary>
    public const string Administration = nameof(Administration);
    /// <summary>Reads figures and data-sharing logs: admins and supervisors.</summary>
    public const string DataAndFigures = nameof(DataAndFigures);
    /// <summary>Handles cases: window clerks and approvers (the workbench).</summary>
    public const string CaseHandling = nameof(CaseHandling);
    /// <summary>A department's staff or oversight: cards, rectifications, post-checks.</summary>
    public const string DepartmentOrOversight = nameof(DepartmentOrOversight);
    /// <summary>The 12345 centre: its agents.</summary>
    public const string HotlineCentre = nameof(HotlineCentre);

    private static readonly Dictionary<string, string[]> RolesOf = new()
    {
        [PlatformAdmin] = [StaffRole.SystemAdmin],
        [HotlineCentre] = [StaffRole.HotlineAgent],
        [Supervision] = [StaffRole.Supervisor],
        [Oversight] = [StaffRole.Supervisor, StaffRole.SystemAdmin],
        [WindowClerk] = [StaffRole.WindowClerk],
        [AtWindow] = [StaffRole.WindowClerk, StaffRole.ChiefApprover],
        [Approval] = [StaffRole.Approver, StaffRole.ChiefApprover, StaffRole.DepartmentHead],
        [ChiefApproval] = [StaffRole.ChiefApprover],
        [DepartmentHead] = [StaffRole.DepartmentHead],
        [CentreHead] = [StaffRole.CentreHead],
        [DepartmentAdmin] = [StaffRole.DepartmentAdmin],
        [DepartmentWork] = [StaffRole.Approver, StaffRole.ChiefApprover, StaffRole.DepartmentHead, StaffRole.DepartmentAdmin],
        [Administration] = [StaffRole.DepartmentAdmin, StaffRole.SystemAdmin],
        [DataAndFigures] = [StaffRole.SystemAdmin, StaffRole.DepartmentAdmin, StaffRole.Supervisor],
        [CaseHandling] = [StaffRole.WindowClerk, StaffRole.Approver, StaffRole.ChiefApprover, StaffRole.DepartmentHead],
        [DepartmentOrOversight] = [StaffRole.Approver, StaffRole.ChiefApprover, StaffRole.DepartmentHead, StaffRole.DepartmentAdmin, StaffRole.Supervisor, StaffRole.SystemAdmin],
    };

    public static IReadOnlyCollection<string> All => RolesOf.Keys;

    /// <summary>The roles that hold a policy.</summary>
    public static IReadOnlyList<string> Roles(string policy) => RolesOf[policy];

    /// <summary>The user holds one of the policy's roles (the department or hall it is bound to is the caller's to check).</summary>
    public static bool Meets(this ClaimsPrincipal user, string policy) => RolesOf[policy].Any(user.IsInRole);

    public static IServiceCollection AddStaffPolicies(this IServiceCollection services)
    {
        var builder = services.AddAuthorizationBuilder();
        foreach (var (name, roles) in RolesOf) builder.AddPolicy(name, p => p.RequireRole(roles));
        return services;
    }
}
