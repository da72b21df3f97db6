using Yiwang.Web.Common.Events;

namespace Yiwang.Web.Data;

/// <summary>
/// The one way a handler commits: the reactions to the events its entities recorded run first, then
/// everything is saved in one transaction (through the SQLite write gate, so this process's writes
/// run back to back), then the work that waits for the commit. A failed save runs none of that work.
/// </summary>
public sealed class UnitOfWork(YiwangDb db, SqliteWriteGate gate, EventDispatcher events, AfterCommit after)
{
    public async Task CommitAsync(CancellationToken ct)
    {
        try
        {
            using (await gate.EnterAsync(ct))
            {
                await events.DispatchAsync(db, ct);
                await db.SaveChangesAsync(ct);
            }
        }
        catch
        {
            after.Discard();
            throw;
        }
        await after.RunAsync(ct);
    }
}
