using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Catalog;

/// <summary>
/// The 办理结果 name of each published item version cases were applied under. A published version
/// never changes, so its guide is read (and deserialized) once per process, not once per case.
/// </summary>
internal sealed class PublishedResultNames
{
    private readonly ConcurrentDictionary<(int Item, int Version), string?> _names = new();

    public async Task<IReadOnlyDictionary<(int Item, int Version), string?>> OfAsync(YiwangDb db, IReadOnlyCollection<(int Item, int Version)> versions, CancellationToken ct)
    {
        var missing = versions.Where(v => !_names.ContainsKey(v)).ToHashSet();
        if (missing.Count > 0)
        {
            var items = missing.Select(m => m.Item).Distinct().ToList();
            var numbers = missing.Select(m => m.Version).Distinct().ToList();
            foreach (var v in await db.ServiceItemVersions.AsNoTracking().Where(v => items.Contains(v.ServiceItemId) && numbers.Contains(v.VersionNo))
                         .Select(v => new { v.ServiceItemId, v.VersionNo, v.Guide }).ToListAsync(ct))
                if (missing.Contains((v.ServiceItemId, v.VersionNo))) _names[(v.ServiceItemId, v.VersionNo)] = v.Guide.ResultName;
        }
        return versions.Distinct().ToDictionary(v => v, v => _names.GetValueOrDefault(v));
    }
}
