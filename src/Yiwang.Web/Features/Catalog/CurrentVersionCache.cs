using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Catalog;

/// <summary>An item and the version in force, read once and shared (never modified) by every application.</summary>
public sealed record CurrentItemVersion(ServiceItem Item, ServiceItemVersion Version);

/// <summary>
/// The current version of each item applied for, kept in this process so an application does not
/// re-read and re-parse the guide. A publish here forgets the item at once; a catalog change seen
/// by <see cref="Search.CatalogIndexSync"/> (another process published) clears everything. The
/// cache is only a shortcut: <c>SubmissionBatcher</c> checks each case's version against the
/// database in the committing transaction, so a stale entry can never open a case.
/// </summary>
internal sealed class CurrentVersionCache
{
    private readonly ConcurrentDictionary<string, CurrentItemVersion> _byCode = new(StringComparer.Ordinal);

    public async Task<CurrentItemVersion?> FindAsync(YiwangDb db, string code, CancellationToken ct)
    {
        if (_byCode.TryGetValue(code, out var known)) return known;
        var current = await CurrentVersions.Of(db).AsNoTracking().Where(c => c.Item.Code == code)
            .Select(c => new CurrentItemVersion(c.Item, c.Version)).SingleOrDefaultAsync(ct);
        // Unknown codes are not remembered: the cache holds at most one entry per published item.
        if (current is not null) _byCode[code] = current;
        return current;
    }

    /// <summary>Raised when an item may have changed (caches built from items listen).</summary>
    public event Action? Changed;

    public void Forget(string code)
    {
        _byCode.TryRemove(code, out _);
        Changed?.Invoke();
    }

    public void Clear()
    {
        _byCode.Clear();
        Changed?.Invoke();
    }
}
