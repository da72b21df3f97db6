using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Catalog.EditItem;

public sealed record StaffItemRow(string Code, string Name, string DepartmentName, int? CurrentVersionNo, int? DraftVersionNo, int BlockerCount);

/// <summary>The items an editor may change, with their draft state.</summary>
public static class StaffItemList
{
    public static async Task<List<StaffItemRow>> ListAsync(YiwangDb db, ClaimsPrincipal user, CancellationToken ct)
    {
        var scope = CatalogScope.EditableDepartment(user);
        var rows = await (
            from i in db.ServiceItems
            join d in db.Departments on i.DepartmentId equals d.Id
            where scope == null || i.DepartmentId == scope
            orderby i.Code
            select new { i.Code, DepartmentName = d.Name, i.CurrentVersionNo, i.DraftVersionNo, Versions = i.Versions.Where(v => v.VersionNo == (i.DraftVersionNo ?? i.CurrentVersionNo)).Select(v => v.Guide).ToList() })
            .AsNoTracking().ToListAsync(ct);
        return rows.Select(r => new StaffItemRow(r.Code, r.Versions.FirstOrDefault()?.Name ?? "", r.DepartmentName, r.CurrentVersionNo, r.DraftVersionNo,
            r.Versions.FirstOrDefault() is { } g ? CatalogRules.Check(g).Count : 0)).ToList();
    }
}
