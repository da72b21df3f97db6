namespace Yiwang.Web.Common.Auth;

/// <summary>Staff roles (Identity role names) and their Chinese titles.</summary>
internal static class StaffRole
{
    public const string WindowClerk = "WindowClerk";
    public const string Approver = "Approver";
    public const string ChiefApprover = "ChiefApprover";
    /// <summary>部门负责人: approves a department's extensions (行政许可法 §42); also works as an approver there.</summary>
    public const string DepartmentHead = "DepartmentHead";
    /// <summary>政务服务中心负责人: approves a 一件事's extension (联合办理 +15 working days) for the hall's bundles.</summary>
    public const string CentreHead = "CentreHead";
    public const string DepartmentAdmin = "DepartmentAdmin";
    public const string Supervisor = "Supervisor";
    /// <summary>12345 话务员 at the hotline centre: records calls, answers, dispatches, reviews replies, calls back.</summary>
    public const string HotlineAgent = "HotlineAgent";
    public const string SystemAdmin = "SystemAdmin";

    public static readonly IReadOnlyList<string> All =
        [WindowClerk, Approver, ChiefApprover, DepartmentHead, CentreHead, DepartmentAdmin, Supervisor, HotlineAgent, SystemAdmin];

    public static string Label(string role) => role switch
    {
        WindowClerk => "窗口受理员",
        Approver => "审批人员",
        ChiefApprover => "首席审批员",
        DepartmentHead => "部门负责人",
        CentreHead => "政务服务中心负责人",
        DepartmentAdmin => "部门管理员",
        Supervisor => "效能监察员",
        HotlineAgent => "12345话务员",
        SystemAdmin => "系统管理员",
        _ => role,
    };

    /// <summary>Roles whose work is inside one department (the account must name it).</summary>
    public static bool NeedsDepartment(string role) => role is Approver or ChiefApprover or DepartmentHead or DepartmentAdmin;

    /// <summary>Roles whose work is at one hall (the account must name it).</summary>
    public static bool NeedsHall(string role) => role is WindowClerk or CentreHead;
}
