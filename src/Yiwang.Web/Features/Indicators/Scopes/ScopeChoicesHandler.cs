using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Accounts;
using Yiwang.Web.Features.Organization;

namespace Yiwang.Web.Features.Indicators.Scopes;

/// <summary>One scope the dashboard offers: its group (区县, 部门, …), its value for <c>scope=</c>, its label.</summary>
internal sealed record ScopeChoice(string Group, string Value, string Label);

/// <summary>
/// The scopes a user may look at the indicators in: everything (全市, each county, department, hall,
/// window and staff member) for those who oversee; only their own department for a department admin.
/// </summary>
internal sealed class ScopeChoicesHandler(YiwangDb db)
{
    public async Task<List<ScopeChoice>> HandleAsync(ClaimsPrincipal user, string? allowed, CancellationToken ct)
    {
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Code).Select(d => new { d.Id, d.Name }).ToListAsync(ct);
        if (!user.Meets(Policy.Oversight))
            return departments.Where(d => $"department:{d.Id}" == allowed).Select(d => new ScopeChoice("部门", $"department:{d.Id}", d.Name)).ToList();
        var halls = await db.Halls.AsNoTracking().OrderBy(h => h.Id).Select(h => new { h.Id, h.Name }).ToListAsync(ct);
        var windows = await db.Windows.AsNoTracking().OrderBy(w => w.HallId).ThenBy(w => w.Number).Select(w => new { w.Id, w.HallId, w.Number, w.Name }).ToListAsync(ct);
        var staff = await db.Users.AsNoTracking().Where(u => u.Kind == AccountKind.Staff).OrderBy(u => u.UserName).Select(u => new { u.UserName, u.DisplayName }).ToListAsync(ct);
        var counties = await db.Divisions.AsNoTracking().Where(d => d.Level == DivisionLevel.County).OrderBy(d => d.Code).Select(d => new { d.Code, d.Name }).ToListAsync(ct);
        return [new("全市", "city", "全市"),
            .. counties.Select(d => new ScopeChoice("区县", $"division:{d.Code}", d.Name)),
            .. departments.Select(d => new ScopeChoice("部门", $"department:{d.Id}", d.Name)),
            .. halls.Select(h => new ScopeChoice("服务大厅（按受理地）", $"hall:{h.Id}", h.Name)),
            .. windows.Select(w => new ScopeChoice("窗口（按受理窗口）", $"window:{w.Id}", $"{halls.FirstOrDefault(h => h.Id == w.HallId)?.Name} {w.Number} 号 {w.Name}")),
            .. staff.Select(s => new ScopeChoice("工作人员（受理或决定的办件）", $"staff:{s.UserName}", $"{s.DisplayName}（{s.UserName}）"))];
    }
}
