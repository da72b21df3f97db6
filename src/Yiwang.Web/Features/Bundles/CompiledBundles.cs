using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Bundles.Planning;
using Yiwang.Web.Features.Catalog;

namespace Yiwang.Web.Features.Bundles;

/// <summary>
/// The current version of each bundle, compiled with its items' versions in force, kept in this
/// process: a plan is then pure computation. A bundle publish forgets the bundle; any item change
/// (<see cref="CurrentVersionCache.Changed"/>) forgets them all.
/// </summary>
internal sealed class CompiledBundles
{
    private readonly ConcurrentDictionary<string, CompiledBundle> _byCode = new(StringComparer.Ordinal);

    public CompiledBundles(CurrentVersionCache items) => items.Changed += _byCode.Clear;

    public async Task<CompiledBundle?> FindAsync(YiwangDb db, string code, CancellationToken ct)
    {
        if (_byCode.TryGetValue(code, out var known)) return known;
        var bundle = await db.Bundles.AsNoTracking().Include(b => b.Versions).SingleOrDefaultAsync(b => b.Code == code, ct);
        if (bundle?.Current is not { } current) return null;
        var compiled = new CompiledBundle(code, current.VersionNo, current.Definition, await ItemsOfAsync(db, current.Definition, ct));
        _byCode[code] = compiled;
        return compiled;
    }

    public void Forget(string code) => _byCode.TryRemove(code, out _);

    /// <summary>The published items a definition's parts name, with their departments.</summary>
    public static async Task<Dictionary<string, PartItem>> ItemsOfAsync(YiwangDb db, BundleDefinition d, CancellationToken ct)
    {
        var codes = d.Parts.Select(p => p.ItemCode).Distinct().ToList();
        return (await CurrentVersions.Of(db).AsNoTracking().Where(c => codes.Contains(c.Item.Code))
                .Select(c => new { c.Item.Code, c.Item.DepartmentId, DepartmentName = c.Department.Name, c.Version.Guide }).ToListAsync(ct))
            .ToDictionary(x => x.Code, x => new PartItem(x.Code, x.DepartmentId, x.DepartmentName, x.Guide), StringComparer.Ordinal);
    }
}
