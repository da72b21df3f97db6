using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Identity;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Accounts.ManageStaff;

/// <summary>A staff account with its roles and scope.</summary>
internal sealed record CreateStaffRequest(string? UserName, string? Password, string? Name, string? Phone,
    IReadOnlyList<string>? Roles, int? DepartmentId, int? HallId, int? WindowId = null)
{
    public async Task<Dictionary<string, string[]>> ValidateAsync(YiwangDb db, CancellationToken ct)
    {
        var e = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(UserName)) e["userName"] = ["请填写用户名"];
        if (string.IsNullOrWhiteSpace(Password)) e["password"] = ["请填写初始密码"];
        if (string.IsNullOrWhiteSpace(Name)) e["name"] = ["请填写姓名"];
        if (!string.IsNullOrWhiteSpace(Phone) && PhoneNumber.Validate(Phone) is { } pe) e["phone"] = [pe];
        if (Roles is null || Roles.Count == 0) e["roles"] = ["请至少选择一个角色"];
        else if (Roles.FirstOrDefault(r => !StaffRole.All.Contains(r)) is { } bad) e["roles"] = [$"角色“{bad}”不存在"];
        else
        {
            if (Roles.Any(StaffRole.NeedsDepartment) && DepartmentId is null) e["departmentId"] = ["审批人员、首席审批员和部门管理员须指定所属部门"];
            if (Roles.Any(StaffRole.NeedsHall) && HallId is null) e["hallId"] = ["窗口受理员须指定所在大厅"];
        }
        if (DepartmentId is { } d && !await db.Departments.AnyAsync(x => x.Id == d, ct)) e["departmentId"] = ["部门不存在"];
        if (HallId is { } h && !await db.Halls.AnyAsync(x => x.Id == h, ct)) e["hallId"] = ["大厅不存在"];
        if (WindowId is { } w && (HallId is null || !await db.Windows.AnyAsync(x => x.Id == w && x.HallId == HallId, ct))) e["windowId"] = ["窗口须是所在大厅的窗口"];
        return e;
    }
}
