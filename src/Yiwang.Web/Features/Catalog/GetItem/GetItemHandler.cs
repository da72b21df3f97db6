using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Catalog.GetItem;

/// <summary>
/// Reads an item's guide: the current version by default, or a given version. The public sees
/// published and earlier versions; a draft only its department's editors.
/// </summary>
internal sealed class GetItemHandler(YiwangDb db)
{
    public async Task<Outcome<ItemGuideView>> HandleAsync(string code, int? versionNo, ClaimsPrincipal? user, CancellationToken ct)
    {
        var item = await db.ServiceItems.AsNoTracking().Include(i => i.Versions).SingleOrDefaultAsync(i => i.Code == code, ct);
        if (item is null) return Outcome<ItemGuideView>.NotFound($"事项 {code} 不存在");
        var mayEdit = user is not null && CatalogScope.CanEdit(user, item.DepartmentId);
        var wanted = versionNo ?? item.CurrentVersionNo ?? (mayEdit ? item.DraftVersionNo : null);
        var version = item.Versions.SingleOrDefault(v => v.VersionNo == wanted);
        if (version is null || (version.State == VersionState.Draft && !mayEdit))
            return Outcome<ItemGuideView>.NotFound(versionNo is null ? $"事项 {code} 尚未发布" : $"事项 {code} 没有第 {versionNo} 版");
        var dept = await db.Departments.AsNoTracking().SingleAsync(d => d.Id == item.DepartmentId, ct);
        var history = item.Versions
            .Where(v => mayEdit || v.State != VersionState.Draft)
            .OrderByDescending(v => v.VersionNo)
            .Select(v => new VersionInfo(v.VersionNo, v.State, v.CreatedAt, v.CreatedBy, v.PublishedAt, v.PublishedBy))
            .ToList();
        return Outcome<ItemGuideView>.Ok(new ItemGuideView(
            item.Code, item.DepartmentId, dept.Name, dept.DivisionCode, version.VersionNo, version.State, version.PublishedAt,
            item.CurrentVersionNo, mayEdit ? item.DraftVersionNo : null, item.Concurrency, version.Guide, history));
    }
}
