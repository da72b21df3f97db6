using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Cases.Submit;

/// <summary>
/// Group commit for case submissions. Requests queue their (already validated) case; one writer
/// takes everything queued, numbers the cases and commits them in one durable transaction, then
/// answers each request. A request is answered only after its case is on disk, so a 201 still
/// survives kill -9, but N concurrent submissions cost one fsync instead of N (docs/decisions/0006).
/// </summary>
public sealed class SubmissionBatcher(IServiceScopeFactory scopes, SqliteWriteGate gate, ILogger<SubmissionBatcher> log) : BackgroundService
{
    public const int MaxBatch = 256;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = false });

    private sealed record Pending(Func<string, Case> Create, Func<Case, IEnumerable<object>>? Attach, TaskCompletionSource<Case> Done);

    /// <summary>
    /// Queues a case built from its number; completes once it is committed. Attach gives what goes in
    /// with the case, in the same transaction, once its id is known (materials drawn for it, signed
    /// promises, their audit entries): a crash leaves the case with all of them or none.
    /// </summary>
    public async Task<Case> SubmitAsync(Func<string, Case> create, CancellationToken ct, Func<Case, IEnumerable<object>>? attach = null)
    {
        var pending = new Pending(create, attach, new TaskCompletionSource<Case>(TaskCreationOptions.RunContinuationsAsynchronously));
        await _queue.Writer.WriteAsync(pending, ct);
        return await pending.Done.Task.WaitAsync(ct);
    }

    /// <summary>
    /// SQLite has one writer at a time, so one loop. PostgreSQL takes concurrent transactions: two
    /// loops let one batch be built and sent while the other waits for its commit.
    /// </summary>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, gate.Serializes ? 1 : 2).Select(_ => WriteAsync(stoppingToken)));

    private async Task WriteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync(stoppingToken))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var p)) batch.Add(p);
            // Another loop may have taken everything that woke this one.
            if (batch.Count > 0) await CommitAsync(batch, stoppingToken);
        }
    }

    private async Task CommitAsync(IReadOnlyList<Pending> batch, CancellationToken ct)
    {
        var built = new List<(Pending Pending, Case Case)>(batch.Count);
        try
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
                try { cases.Add((p, p.Create(issued[i]))); }
                catch (CaseTransitionException e) { p.Done.TrySetException(e); }
            }
            // The version a request applied under must still be the one in force (it may come from a cache).
            var itemIds = cases.Select(x => x.Case.ServiceItemId).Distinct().ToList();
            var inForce = await db.ServiceItems.AsNoTracking().Where(i => itemIds.Contains(i.Id))
                .Select(i => new { i.Id, i.CurrentVersionNo }).ToDictionaryAsync(i => i.Id, i => i.CurrentVersionNo, ct);
            foreach (var (p, c) in cases)
            {
                if (inForce.GetValueOrDefault(c.ServiceItemId) != c.ItemVersionNo) { p.Done.TrySetException(new StaleItemVersionException()); continue; }
                db.Cases.Add(c);
                built.Add((p, c));
            }
            // What goes in with each case needs its id: known on PostgreSQL as it is added (HiLo), so
            // everything is one COPY; on SQLite once the cases are saved.
            List<object> Attached() => built.Where(x => x.Pending.Attach is not null).SelectMany(x => x.Pending.Attach!(x.Case)).ToList();
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
            foreach (var (p, c) in built) p.Done.TrySetResult(c);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (built.Count > 1)
            {
                // One bad entry must not sink the others: commit each alone.
                log.LogWarning(e, "Submission batch of {Count} failed; retrying one by one", built.Count);
                foreach (var (p, _) in built) await CommitAsync([p], ct);
            }
            else foreach (var (p, _) in built) p.Done.TrySetException(e);
        }
    }
}

/// <summary>The item was republished after the request read its version; the request retries under the new one.</summary>
public sealed class StaleItemVersionException() : Exception("事项已发布新版本");
