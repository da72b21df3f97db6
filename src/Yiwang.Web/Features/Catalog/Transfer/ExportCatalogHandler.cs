using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Catalog.Transfer;

/// <summary>The current published version of every item, as exchange records.</summary>
public sealed class ExportCatalogHandler(YiwangDb db)
{
    public async Task<List<CatalogRecord>> CurrentAsync(Func<ServiceGuide, bool>? where, CancellationToken ct)
    {
        var rows = await (
            from i in db.ServiceItems
            join v in db.ServiceItemVersions on new { Id = i.Id, No = i.CurrentVersionNo } equals new { Id = v.ServiceItemId, No = (int?)v.VersionNo }
            join d in db.Departments on i.DepartmentId equals d.Id
            orderby i.Code
            select new { i.Code, DepartmentCode = d.Code, v.Guide }).AsNoTracking().ToListAsync(ct);
        return rows.Where(r => where is null || where(r.Guide))
            .Select(r => new CatalogRecord { Code = r.Code, DepartmentCode = r.DepartmentCode, Guide = r.Guide }).ToList();
    }
}
