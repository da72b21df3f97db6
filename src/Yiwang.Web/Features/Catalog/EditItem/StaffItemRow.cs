using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Catalog.EditItem;

internal sealed record StaffItemRow(string Code, string Name, string DepartmentName, int? CurrentVersionNo, int? DraftVersionNo, int BlockerCount);

/// <summary>The items an editor may change, with their draft state.</summary>
internal static class StaffItemList
{
    public static async Task<List<StaffItemRow>> ListAsync(YiwangDb db, ClaimsPrincipal user, CancellationToken ct)
    {
        var scope = CatalogScope.EditableDepartment(user);
        // The version an editor works on: the open draft, else the current one.
        var rows = await (
            from i in db.ServiceItems
            join d in db.Departments on i.DepartmentId equals d.Id
            join v in db.ServiceItemVersions on new { Id = i.Id, No = i.DraftVersionNo ?? i.CurrentVersionNo } equals new { Id = v.ServiceItemId, No = (int?)v.VersionNo }
            where scope == null || i.DepartmentId == scope
            orderby i.Code
            select new { i.Code, DepartmentName = d.Name, i.CurrentVersionNo, i.DraftVersionNo, v.Guide })
            .AsNoTracking().ToListAsync(ct);
        return rows.Select(r => new StaffItemRow(r.Code, r.Guide.Name, r.DepartmentName, r.CurrentVersionNo, r.DraftVersionNo, CatalogRules.Check(r.Guide).Count)).ToList();
    }
}
