using Yiwang.Web.Data;

namespace Yiwang.Web.Features.DataSharing;

/// <summary>
/// Writes 数据访问日志 entries in a unit of work of their own, so a read is on record whatever becomes
/// of the request that made it (a refused one included); a caller is answered once its entry is on
/// disk. Entries of concurrent requests are grouped into one transaction (<see cref="GroupCommit{TWork,TResult}"/>).
/// Not to be called while holding the write gate.
/// </summary>
internal sealed class DataAccessLog(IServiceScopeFactory scopes, SqliteWriteGate gate, ILogger<DataAccessLog> log) : GroupCommit<DataAccess, DataAccess>(log)
{
    protected override int MaxBatch => 512;

    public Task RecordAsync(DataAccess entry, CancellationToken ct) => CommitAsync(entry, ct);

    protected override async Task WriteAsync(IReadOnlyList<Pending> batch, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<YiwangDb>();
        var fit = new List<Pending>(batch.Count);
        foreach (var p in batch)
        {
            // An entry a column cannot hold (a caller's overlong purpose) fails alone, not the batch it shares.
            if (TextLimits.Fits(db.DataAccesses.Add(p.Work), out var refused)) fit.Add(p);
            else p.Refuse(refused!);
        }
        using (await gate.EnterAsync(ct)) await db.SaveChangesAsync(ct);
        foreach (var p in fit) p.Commit(p.Work);
    }
}
