using System.Threading.Channels;
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
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });

    private sealed record Pending(Func<string, Case> Create, TaskCompletionSource<Case> Done);

    /// <summary>Queues a case built from its number; completes once it is committed.</summary>
    public async Task<Case> SubmitAsync(Func<string, Case> create, CancellationToken ct)
    {
        var pending = new Pending(create, new TaskCompletionSource<Case>(TaskCreationOptions.RunContinuationsAsynchronously));
        await _queue.Writer.WriteAsync(pending, ct);
        return await pending.Done.Task.WaitAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync(stoppingToken))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var p)) batch.Add(p);
            await CommitAsync(batch, stoppingToken);
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
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var issued = await numbers.NextManyAsync(batch.Count, ct);
            for (var i = 0; i < batch.Count; i++)
            {
                var p = batch[i];
                Case c;
                try { c = p.Create(issued[i]); }
                catch (CaseTransitionException e) { p.Done.TrySetException(e); continue; }
                db.Cases.Add(c);
                built.Add((p, c));
            }
            await db.SaveChangesAsync(ct);
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
