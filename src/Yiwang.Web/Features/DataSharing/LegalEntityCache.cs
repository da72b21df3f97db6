using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.DataSharing;

/// <summary>
/// 法人库 records as forms prefill them, kept for a few minutes: an application is otherwise a pure
/// write (its number, its case), and one read per application halves what PostgreSQL takes. An import
/// on this node empties the cache; another node's import shows within <see cref="Lifetime"/>.
/// Every use is still logged (the read is of the shared library, wherever it is served from).
/// </summary>
internal sealed class LegalEntityCache : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private MemoryCache _records = new(new MemoryCacheOptions());

    public async Task<LegalEntityRecord?> FindAsync(YiwangDb db, string creditCode, CancellationToken ct)
    {
        if (_records.TryGetValue(creditCode, out LegalEntityRecord? known)) return known;
        var record = await db.LegalEntityRecords.AsNoTracking().SingleOrDefaultAsync(r => r.CreditCode == creditCode, ct);
        _records.Set(creditCode, record, Lifetime);
        return record;
    }

    /// <summary>After an import: every record is read anew.</summary>
    public void Clear() => Interlocked.Exchange(ref _records, new MemoryCache(new MemoryCacheOptions())).Dispose();

    public void Dispose() => _records.Dispose();
}
