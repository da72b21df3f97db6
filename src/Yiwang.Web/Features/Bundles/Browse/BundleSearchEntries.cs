using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.Catalog.Search;

namespace Yiwang.Web.Features.Bundles.Browse;

/// <summary>The published 一件事 as search entries, ranked with the items: found by their name, summary, themes and the items they join.</summary>
internal sealed class BundleSearchEntries(CompiledBundles bundles) : ISearchableServices
{
    public async Task<string> StampAsync(YiwangDb db, CancellationToken ct)
    {
        var published = db.BundleVersions.Where(v => v.State == VersionState.Published);
        return $"bundles:{await published.CountAsync(ct)}:{(await published.MaxAsync(v => v.PublishedAt, ct))?.UtcTicks}";
    }

    public async Task<IReadOnlyList<CatalogDocument>> DocumentsAsync(YiwangDb db, CancellationToken ct)
    {
        var codes = await db.Bundles.AsNoTracking().Where(b => b.CurrentVersionNo != null).OrderBy(b => b.Id).Select(b => b.Code).ToListAsync(ct);
        var city = await CityAsync(db, ct);
        var list = new List<CatalogDocument>();
        foreach (var code in codes)
            if (await bundles.FindAsync(db, code, ct) is { } b) list.Add(Document(b, city));
        return list;
    }

    public async Task<CatalogDocument?> DocumentAsync(YiwangDb db, string code, CancellationToken ct) =>
        await bundles.FindAsync(db, code, ct) is { } b ? Document(b, await CityAsync(db, ct)) : null;

    /// <summary>A 一件事 is offered city-wide: it is listed under the city's division.</summary>
    private static async Task<string[]> CityAsync(YiwangDb db, CancellationToken ct) =>
        await db.Divisions.AsNoTracking().Where(x => x.ParentCode == null).Select(x => x.Code).ToArrayAsync(ct);

    private static CatalogDocument Document(Planning.CompiledBundle b, string[] city) =>
        Document(b.Code, b.VersionNo, b.Definition, b.Items.Select(i => (i.Guide.Name, i.DepartmentName)).ToList(), city);

    /// <summary>A 一件事's entry: its departments in place of one department, its items' names among its words.</summary>
    public static CatalogDocument Document(string code, int versionNo, BundleDefinition d, IReadOnlyList<(string ItemName, string Department)> items, string[] city)
    {
        var departments = items.Select(i => i.Department).Distinct().ToList();
        return new CatalogDocument(code, d.Name, 0, $"{departments.Count}个部门联办：{string.Join("、", departments)}", city,
            ItemType.PublicService, [d.Audience], d.Themes, CaseKind.Promised, d.PromisedLimitDays, d.PromisedLimitDays, 4, 1, null,
            [d.Summary, d.Stage, .. items.Select(i => i.ItemName)], versionNo, CatalogEntryKind.Bundle);
    }
}
