using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Cases.Submit;

/// <summary>
/// Group commit (<see cref="GroupCommit{TWork,TResult}"/>) for case submissions: requests queue their
/// (already validated) case; a writer numbers a whole batch of cases and commits them together, with
/// what goes in with each. SQLite has one writer at a time, so one loop; PostgreSQL takes concurrent
/// transactions, so two let one batch be built and sent while the other waits for its commit.
/// </summary>
internal sealed class SubmissionBatcher(IServiceScopeFactory scopes, SqliteWriteGate gate, ILogger<SubmissionBatcher> log)
    : GroupCommit<SubmissionBatcher.Submission, Case>(log)
{
    /// <summary>A case built from its number, and what goes in with it once its id is known.</summary>
    public sealed record Submission(Func<string, Case> Create, Func<Case, IEnumerable<object>>? Attach);

    protected override int MaxBatch => 256;
    protected override int Writers => gate.Serializes ? 1 : 2;

    /// <summary>
    /// Queues a case built from its number; completes once it is committed. Attach gives what goes in
    /// with the case, in the same transaction, once its id is known (materials drawn for it, signed
    /// promises, their audit entries): a crash leaves the case with all of them or none.
    /// </summary>
    public Task<Case> SubmitAsync(Func<string, Case> create, CancellationToken ct, Func<Case, IEnumerable<object>>? attach = null) =>
        CommitAsync(new Submission(create, attach), ct);

    protected override async Task WriteAsync(IReadOnlyList<Pending> batch, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<YiwangDb>();
        var numbers = scope.ServiceProvider.GetRequiredService<CaseNumbers>();
        using var _ = await gate.EnterAsync(ct);
        // SQLite: the day's number counter and the cases commit together. PostgreSQL: the cases
        // and their events are streamed with binary COPY and commit together (sequence numbers
        // are never rolled back anyway).
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Database.AutoSavepointsEnabled = false;
        var issued = await numbers.NextManyAsync(batch.Count, ct);
        var cases = new List<(Pending Pending, Case Case)>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            var p = batch[i];
            try { cases.Add((p, p.Work.Create(issued[i]))); }
            catch (CaseTransitionException e) { p.Refuse(e); }
        }
        // The version a request applied under must still be the one in force (it may come from a cache).
        var itemIds = cases.Select(x => x.Case.ServiceItemId).Distinct().ToList();
        var inForce = await db.ServiceItems.AsNoTracking().Where(i => itemIds.Contains(i.Id))
            .Select(i => new { i.Id, i.CurrentVersionNo }).ToDictionaryAsync(i => i.Id, i => i.CurrentVersionNo, ct);
        var built = new List<(Pending Pending, Case Case)>(cases.Count);
        foreach (var (p, c) in cases)
        {
            if (inForce.GetValueOrDefault(c.ServiceItemId) != c.ItemVersionNo) { p.Refuse(new StaleItemVersionException()); continue; }
            db.Cases.Add(c);
            // A text its column cannot hold fails this request alone, never the batch it shares.
            if (!TextLimits.Fits(db.Entry(c), out var refused))
            {
                p.Refuse(refused!);
                continue;
            }
            built.Add((p, c));
        }
        // What goes in with each case needs its id: known on PostgreSQL as it is added (HiLo), so
        // everything is one COPY; on SQLite once the cases are saved.
        List<object> Attached() => built.Where(x => x.Pending.Work.Attach is not null).SelectMany(x => x.Pending.Work.Attach!(x.Case)).ToList();
        if (gate.Serializes)
        {
            await db.SaveChangesAsync(ct);
            if (Attached() is { Count: > 0 } attached)
            {
                db.ChangeTracker.Clear(); // the cases are written: no need to compare them again
                db.AddRange(attached);
                await db.SaveChangesAsync(ct);
            }
        }
        else
        {
            db.AddRange(Attached());
            await PostgresCopy.WriteAddedAsync(db, ct);
        }
        await tx.CommitAsync(ct);
        foreach (var (p, c) in built) p.Commit(c);
    }
}

/// <summary>The item was republished after the request read its version; the request retries under the new one.</summary>
internal sealed class StaleItemVersionException() : Exception("事项已发布新版本");
