using System.Security.Claims;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Catalog.Search;

namespace Yiwang.Web.Features.Catalog.PublishItem;

internal sealed record Published(string Code, int VersionNo, DateTimeOffset PublishedAt);

/// <summary>
/// Publishes an item's draft when it keeps every rule of the standard; refuses with the reasons
/// otherwise. The search index, the cached guide pages and the cached current version follow at once.
/// </summary>
internal sealed class PublishItemHandler(YiwangDb db, UnitOfWork unitOfWork, TimeProvider clock, AuditLog audit, CatalogSearchIndex index, IOutputCacheStore cache, CurrentVersionCache versions)
{
    public const string CacheTag = "catalog";

    public async Task<Outcome<Published>> HandleAsync(string code, ClaimsPrincipal user, CancellationToken ct)
    {
        var item = await db.ServiceItems.Include(i => i.Versions).SingleOrDefaultAsync(i => i.Code == code, ct);
        if (item is null) return Outcome<Published>.NotFound($"事项 {code} 不存在");
        if (!CatalogScope.CanEdit(user, item.DepartmentId)) return Outcome<Published>.Forbidden("只能发布本部门的事项");
        if (item.Draft is null) return Outcome<Published>.Conflict("没有待发布的草稿");
        var violations = CatalogRules.Check(item.Draft.Guide);
        if (violations.Count > 0)
            return Outcome<Published>.Invalid(
                violations.GroupBy(v => v.Field).ToDictionary(g => g.Key, g => g.Select(v => v.Message).ToArray()),
                "事项不符合发布规则，未发布");

        var version = item.Publish(user.Identity!.Name!, clock.GetUtcNow());
        audit.Record(user, "catalog.item.publish", $"item:{item.Code}", $"v{version.VersionNo}");
        try
        {
            await unitOfWork.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome<Published>.Conflict("该事项已被他人修改，请刷新后再发布");
        }
        versions.Forget(code);
        foreach (var doc in await CatalogIndexSync.LoadAsync(db, code, ct)) index.Upsert(doc);
        await cache.EvictByTagAsync(CacheTag, ct);
        return Outcome<Published>.Ok(new Published(item.Code, version.VersionNo, version.PublishedAt!.Value));
    }
}
