using Yiwang.Web.Data;

namespace Yiwang.Web.Features.DataSharing;

/// <summary>
/// Writes 数据访问日志 entries in a unit of work of their own, so a read is on record whatever becomes
/// of the request that made it (a refused one included). Not to be called while holding the write gate.
/// </summary>
public sealed class DataAccessLog(IServiceScopeFactory scopes, SqliteWriteGate gate)
{
    public async Task RecordAsync(DataAccess entry, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<YiwangDb>();
        db.DataAccesses.Add(entry);
        using var _ = await gate.EnterAsync(ct);
        await db.SaveChangesAsync(ct);
    }
}
