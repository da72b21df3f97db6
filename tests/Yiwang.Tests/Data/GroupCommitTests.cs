using Microsoft.Extensions.Logging.Abstractions;
using Yiwang.Web.Data;

namespace Yiwang.Tests.Data;

public class GroupCommitTests
{
    /// <summary>Commits strings into a list, a batch at a time; a batch holding "bad" fails as a whole, "skip" is refused alone.</summary>
    private sealed class Recorder(TaskCompletionSource? gate = null) : GroupCommit<string, int>(NullLogger.Instance)
    {
        public List<List<string>> Batches { get; } = [];
        public List<string> Committed { get; } = [];
        protected override int MaxBatch => 3;

        protected override async Task WriteAsync(IReadOnlyList<Pending> batch, CancellationToken ct)
        {
            if (gate is not null) await gate.Task; // hold the writer until the test queued everything
            lock (Batches) Batches.Add(batch.Select(p => p.Work).ToList());
            foreach (var p in batch.Where(p => p.Work == "skip")) p.Refuse(new ArgumentException("skipped"));
            if (batch.Any(p => p.Work == "bad")) throw new InvalidOperationException("transaction failed");
            foreach (var p in batch.Where(p => !p.Answered))
            {
                Committed.Add(p.Work);
                p.Commit(p.Work.Length);
            }
        }
    }

    private static async Task<Recorder> StartedAsync(TaskCompletionSource? gate = null)
    {
        var r = new Recorder(gate);
        await r.StartAsync(CancellationToken.None);
        return r;
    }

    [Fact]
    public async Task Concurrent_requests_share_a_transaction_and_each_gets_its_own_answer()
    {
        var gate = new TaskCompletionSource();
        var r = await StartedAsync(gate);
        var first = r.CommitAsync("a", CancellationToken.None);
        await Task.Delay(50); // the writer took "a" and waits at the gate; the rest queue behind it
        var rest = new[] { "bb", "ccc", "dddd", "eeeee" }.Select(w => r.CommitAsync(w, CancellationToken.None)).ToList();
        gate.SetResult();
        var answers = await Task.WhenAll(rest.Prepend(first));
        Assert.Equal(new[] { 1, 2, 3, 4, 5 }, answers);
        Assert.Equal([["a"], ["bb", "ccc", "dddd"], ["eeeee"]], r.Batches);
        await r.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_failing_batch_is_committed_one_by_one_so_only_the_bad_request_fails()
    {
        var gate = new TaskCompletionSource();
        var r = await StartedAsync(gate);
        var holder = r.CommitAsync("x", CancellationToken.None);
        await Task.Delay(50);
        var (good, bad, skipped, other) = (r.CommitAsync("ok", CancellationToken.None), r.CommitAsync("bad", CancellationToken.None),
            r.CommitAsync("skip", CancellationToken.None), r.CommitAsync("fine", CancellationToken.None));
        gate.SetResult();
        Assert.Equal(1, await holder);
        Assert.Equal(2, await good);
        Assert.Equal("transaction failed", (await Assert.ThrowsAsync<InvalidOperationException>(() => bad)).Message);
        // Refused by the writer before the batch failed: answered once, not retried.
        Assert.Equal("skipped", (await Assert.ThrowsAsync<ArgumentException>(() => skipped)).Message);
        Assert.Equal(4, await other);
        Assert.Equal(["x", "ok", "fine"], r.Committed);
        Assert.DoesNotContain(r.Batches.Skip(2), b => b.Contains("skip"));
        await r.StopAsync(CancellationToken.None);
    }
}
