using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Organization.Manage;

/// <summary>System admins maintain divisions, departments, halls and windows.</summary>
internal sealed class ManageOrganizationHandler(YiwangDb db, UnitOfWork unitOfWork, AuditLog audit)
{
    public async Task<Outcome<Division>> CreateDivisionAsync(CreateDivisionRequest r, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!DivisionCodes.IsWellFormed(r.Code)) errors["code"] = ["区划代码应为12位数字"];
        if (string.IsNullOrWhiteSpace(r.Name)) errors["name"] = ["请填写区划名称"];
        Division? parent = null;
        if (r.ParentCode is not null && (parent = await db.Divisions.FindAsync([r.ParentCode], ct)) is null)
            errors["parentCode"] = ["上级区划不存在"];
        if (parent is { Level: DivisionLevel.Village }) errors["parentCode"] = ["村（社区）之下不能再设区划"];
        if (parent is null && r.ParentCode is null && await db.Divisions.AnyAsync(ct)) errors["parentCode"] = ["请选择上级区划"];
        if (errors.Count == 0 && await db.Divisions.AnyAsync(d => d.Code == r.Code, ct)) errors["code"] = [$"区划代码 {r.Code} 已存在"];
        if (errors.Count > 0) return Outcome<Division>.Invalid(errors);
        var level = parent is null ? DivisionLevel.City : parent.Level + 1;
        var division = new Division { Code = r.Code!, Name = r.Name!.Trim(), Level = level, ParentCode = parent?.Code };
        db.Divisions.Add(division);
        audit.Record(user, "org.division.create", $"division:{division.Code}", division.Name);
        await unitOfWork.CommitAsync(ct);
        return Outcome<Division>.Ok(division);
    }

    public async Task<Outcome<Department>> CreateDepartmentAsync(CreateDepartmentRequest r, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(r.Code) || r.Code.Length > 32) errors["code"] = ["请填写部门编码（不超过32位）"];
        if (string.IsNullOrWhiteSpace(r.Name)) errors["name"] = ["请填写部门名称"];
        if (r.DivisionCode is null || !await db.Divisions.AnyAsync(d => d.Code == r.DivisionCode, ct)) errors["divisionCode"] = ["所属区划不存在"];
        if (r.ParentId is { } p && !await db.Departments.AnyAsync(d => d.Id == p, ct)) errors["parentId"] = ["上级部门不存在"];
        if (!Enum.IsDefined(r.Kind)) errors["kind"] = ["部门类别无效"];
        if (errors.Count == 0 && await db.Departments.AnyAsync(d => d.Code == r.Code, ct)) errors["code"] = [$"部门编码 {r.Code} 已存在"];
        if (errors.Count > 0) return Outcome<Department>.Invalid(errors);
        var dept = new Department { Code = r.Code!.Trim(), Name = r.Name!.Trim(), ParentId = r.ParentId, DivisionCode = r.DivisionCode!, Kind = r.Kind, Phone = r.Phone };
        db.Departments.Add(dept);
        audit.Record(user, "org.department.create", $"department:{dept.Code}", dept.Name);
        await unitOfWork.CommitAsync(ct);
        return Outcome<Department>.Ok(dept);
    }

    public async Task<Outcome<Hall>> CreateHallAsync(CreateHallRequest r, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(r.Name)) errors["name"] = ["请填写大厅名称"];
        if (r.DivisionCode is null || !await db.Divisions.AnyAsync(d => d.Code == r.DivisionCode, ct)) errors["divisionCode"] = ["所属区划不存在"];
        if (string.IsNullOrWhiteSpace(r.Address)) errors["address"] = ["请填写地址"];
        if (string.IsNullOrWhiteSpace(r.OpeningHours)) errors["openingHours"] = ["请填写办公时间"];
        if (!Enum.IsDefined(r.Kind)) errors["kind"] = ["大厅类别无效"];
        if (errors.Count > 0) return Outcome<Hall>.Invalid(errors);
        var hall = new Hall { Name = r.Name!.Trim(), Kind = r.Kind, DivisionCode = r.DivisionCode!, Address = r.Address!.Trim(), OpeningHours = r.OpeningHours!.Trim(), Phone = r.Phone };
        db.Halls.Add(hall);
        audit.Record(user, "org.hall.create", $"hall:{hall.Name}");
        await unitOfWork.CommitAsync(ct);
        return Outcome<Hall>.Ok(hall);
    }

    public async Task<Outcome<Window>> CreateWindowAsync(int hallId, CreateWindowRequest r, ClaimsPrincipal user, CancellationToken ct)
    {
        var hall = await db.Halls.Include(h => h.Windows).SingleOrDefaultAsync(h => h.Id == hallId, ct);
        if (hall is null) return Outcome<Window>.NotFound($"大厅 {hallId} 不存在");
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(r.Number)) errors["number"] = ["请填写窗口号"];
        else if (hall.Windows.Any(w => w.Number == r.Number.Trim())) errors["number"] = [$"本大厅已有 {r.Number} 号窗口"];
        if (string.IsNullOrWhiteSpace(r.Name)) errors["name"] = ["请填写窗口名称"];
        if (!Enum.IsDefined(r.Kind)) errors["kind"] = ["窗口类别无效"];
        if (r.Kind == WindowKind.Dedicated && (r.DepartmentId is null || !await db.Departments.AnyAsync(d => d.Id == r.DepartmentId, ct)))
            errors["departmentId"] = ["专窗须指定进驻部门"];
        if (r.Kind == WindowKind.GeneralSector && string.IsNullOrWhiteSpace(r.Sector)) errors["sector"] = ["板块无差别窗口须填写所属板块"];
        if (errors.Count > 0) return Outcome<Window>.Invalid(errors);
        var window = new Window { HallId = hall.Id, Number = r.Number!.Trim(), Name = r.Name!.Trim(), Kind = r.Kind, DepartmentId = r.DepartmentId, Sector = r.Sector };
        hall.Windows.Add(window);
        audit.Record(user, "org.window.create", $"hall:{hall.Id}/window:{window.Number}", window.Name);
        await unitOfWork.CommitAsync(ct);
        return Outcome<Window>.Ok(window);
    }
}
