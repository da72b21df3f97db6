using Yiwang.Web.Common.Events;
using Yiwang.Web.Common.Http;

namespace Yiwang.Web.Data;

/// <summary>
/// The one way a handler commits: the reactions to the events its entities recorded run first (in
/// this context, before the SQLite write gate: they read and add, they do not save), then everything
/// is saved in one transaction through the gate (this process's writes run back to back), then the
/// work that waits for the commit. A failed save runs none of that work.
/// </summary>
internal sealed class UnitOfWork(YiwangDb db, SqliteWriteGate gate, EventDispatcher events, AfterCommit after)
{
    private bool _inTransaction;

    public async Task CommitAsync(CancellationToken ct)
    {
        if (_inTransaction)
        {
            // A step of InTransactionAsync: saved now, committed (and followed up) with the whole.
            await SaveAsync(ct);
            return;
        }
        try
        {
            // The reactions only read and add to this context: they run before the gate, which serializes the save alone.
            await events.DispatchAsync(db, ct);
            using (await gate.EnterAsync(ct)) await db.SaveChangesAsync(ct);
        }
        catch
        {
            after.Discard();
            throw;
        }
        await after.RunAsync(ct);
    }

    /// <summary>
    /// Several saves that stand or fall together (a number issued, then the rows that carry it): one
    /// transaction under the gate, committed when <paramref name="work"/> answers Ok and rolled back
    /// otherwise; <see cref="CommitAsync"/> inside it saves without committing.
    /// </summary>
    public async Task<Outcome<T>> InTransactionAsync<T>(Func<Task<Outcome<T>>> work, CancellationToken ct)
    {
        Outcome<T> outcome;
        try
        {
            using (await gate.EnterAsync(ct))
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                _inTransaction = true;
                try { outcome = await work(); }
                finally { _inTransaction = false; }
                if (!outcome.IsOk)
                {
                    after.Discard();
                    return outcome;
                }
                await tx.CommitAsync(ct);
            }
        }
        catch
        {
            after.Discard();
            throw;
        }
        await after.RunAsync(ct);
        return outcome;
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        await events.DispatchAsync(db, ct);
        await db.SaveChangesAsync(ct);
    }
}
