namespace Yiwang.Web.Data;

/// <summary>
/// SQLite has one writer at a time, and a writer that finds the file locked sleeps in SQLite's busy
/// handler (1, 2, 5, 10 … ms), which collapses throughput under concurrent writes. The hot write
/// paths (case submission and case actions) enter this gate so this process's writes run back to
/// back; other processes are still kept out by SQLite's own lock. A no-op on PostgreSQL.
/// Always used as <c>using (await gate.EnterAsync(ct))</c>, so it is released on every path.
/// </summary>
internal sealed class SqliteWriteGate(bool enabled)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>True on SQLite: writes of this process run one at a time.</summary>
    public bool Serializes => enabled;

    public async ValueTask<IDisposable> EnterAsync(CancellationToken ct)
    {
        if (!enabled) return Released.Instance;
        await _gate.WaitAsync(ct);
        return new Releaser(_gate);
    }

    private sealed class Releaser(SemaphoreSlim gate) : IDisposable
    {
        private int _done;
        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) gate.Release();
        }
    }

    private sealed class Released : IDisposable
    {
        public static readonly Released Instance = new();
        public void Dispose() { }
    }
}
