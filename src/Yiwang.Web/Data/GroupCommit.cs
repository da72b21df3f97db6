using System.Threading.Channels;

namespace Yiwang.Web.Data;

/// <summary>
/// Group commit, the one way batched writes are saved: requests queue their work and wait; a writer
/// takes everything queued (up to <see cref="MaxBatch"/>) and commits it in one durable transaction,
/// then answers each request. A request is answered only once its work is on disk, so an
/// acknowledged write survives kill -9, yet N concurrent requests cost one fsync instead of N
/// (docs/decisions/0006). When a batch fails, its unanswered requests are committed one by one, so
/// one bad entry cannot sink the others.
/// </summary>
/// <typeparam name="TWork">What a request queues.</typeparam>
/// <typeparam name="TResult">What it is answered once committed.</typeparam>
internal abstract class GroupCommit<TWork, TResult>(ILogger log) : BackgroundService
{
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>();

    /// <summary>The most requests one transaction takes.</summary>
    protected abstract int MaxBatch { get; }

    /// <summary>How many writers take batches at once (one for SQLite's single writer).</summary>
    protected virtual int Writers => 1;

    /// <summary>Queues the work; completes with its result once it is committed, or with why it was not.</summary>
    public async Task<TResult> CommitAsync(TWork work, CancellationToken ct)
    {
        var pending = new Pending(work);
        await _queue.Writer.WriteAsync(pending, ct);
        return await pending.Done.Task.WaitAsync(ct);
    }

    /// <summary>
    /// Writes a batch in one transaction. Answers each request it will not commit
    /// (<see cref="Pending.Refuse"/>) as it goes, and those it committed (<see cref="Pending.Commit"/>)
    /// once the transaction has; throws when the transaction fails.
    /// </summary>
    protected abstract Task WriteAsync(IReadOnlyList<Pending> batch, CancellationToken ct);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => TakeAsync(stoppingToken)));

    private async Task TakeAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync(stoppingToken))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var p)) batch.Add(p);
            // Another writer may have taken everything that woke this one.
            if (batch.Count > 0) await WriteOrSplitAsync(batch, stoppingToken);
        }
    }

    private async Task WriteOrSplitAsync(IReadOnlyList<Pending> batch, CancellationToken ct)
    {
        try
        {
            await WriteAsync(batch, ct);
            foreach (var p in batch.Where(p => !p.Answered))
                p.Refuse(new InvalidOperationException($"{GetType().Name} left a request unanswered"));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var open = batch.Where(p => !p.Answered).ToList();
            if (open.Count > 1)
            {
                log.LogWarning(e, "{Writer}: a batch of {Count} failed; committing them one by one", GetType().Name, open.Count);
                foreach (var p in open) await WriteOrSplitAsync([p], ct);
            }
            else
            {
                log.LogError(e, "{Writer}: a write failed", GetType().Name);
                foreach (var p in open) p.Refuse(e);
            }
        }
    }

    /// <summary>One queued request.</summary>
    protected sealed class Pending(TWork work)
    {
        internal TaskCompletionSource<TResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TWork Work { get; } = work;

        public bool Answered => Done.Task.IsCompleted;

        /// <summary>Committed: the request is answered with its result.</summary>
        public void Commit(TResult result) => Done.TrySetResult(result);

        /// <summary>Not committed: the request is answered with why.</summary>
        public void Refuse(Exception why) => Done.TrySetException(why);
    }
}
