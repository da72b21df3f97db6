using System.Threading.Channels;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.DataSharing;

/// <summary>
/// Writes 数据访问日志 entries in a unit of work of their own, so a read is on record whatever becomes
/// of the request that made it (a refused one included); a caller is answered once its entry is on
/// disk. Entries of concurrent requests are grouped into one transaction (one fsync for many, as
/// SubmissionBatcher does for cases). Not to be called while holding the write gate.
/// </summary>
public sealed class DataAccessLog(IServiceScopeFactory scopes, SqliteWriteGate gate, ILogger<DataAccessLog> log) : BackgroundService
{
    public const int MaxBatch = 512;
    private readonly Channel<(DataAccess Entry, TaskCompletionSource Done)> _queue = Channel.CreateUnbounded<(DataAccess, TaskCompletionSource)>(new() { SingleReader = true });

    public async Task RecordAsync(DataAccess entry, CancellationToken ct)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await _queue.Writer.WriteAsync((entry, done), ct);
        await done.Task.WaitAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<(DataAccess Entry, TaskCompletionSource Done)>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync(stoppingToken))
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var p)) batch.Add(p);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<YiwangDb>();
                db.DataAccesses.AddRange(batch.Select(b => b.Entry));
                using (await gate.EnterAsync(stoppingToken)) await db.SaveChangesAsync(stoppingToken);
                foreach (var (_, done) in batch) done.TrySetResult();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Writing {Count} data-access entries failed", batch.Count);
                foreach (var (_, done) in batch) done.TrySetException(e);
            }
        }
    }
}
