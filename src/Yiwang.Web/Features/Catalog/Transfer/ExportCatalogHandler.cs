using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Catalog.Transfer;

/// <summary>The current published version of every item, as exchange records.</summary>
internal sealed class ExportCatalogHandler(YiwangDb db)
{
    public async Task<List<CatalogRecord>> CurrentAsync(Func<ServiceGuide, bool>? where, CancellationToken ct)
    {
        var rows = await CurrentVersions.Of(db)
            .OrderBy(c => c.Item.Code)
            .Select(c => new { c.Item.Code, DepartmentCode = c.Department.Code, c.Version.Guide })
            .AsNoTracking().ToListAsync(ct);
        return rows.Where(r => where is null || where(r.Guide))
            .Select(r => new CatalogRecord { Code = r.Code, DepartmentCode = r.DepartmentCode, Guide = r.Guide }).ToList();
    }
}
