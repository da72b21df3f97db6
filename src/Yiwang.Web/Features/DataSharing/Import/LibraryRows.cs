using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.DataSharing.Import;

/// <summary>How one base library's table is read: its columns, which must be there, and what a row checks and writes.</summary>
internal interface ILibraryRows
{
    BaseLibrary Library { get; }
    IReadOnlyList<string> Columns { get; }
    bool Required(string column);
    /// <summary>Checks the row (errors through <see cref="LibraryRow.Fail"/>) and, when it is right, queues its change.</summary>
    void Read(LibraryRow row);
}

/// <summary>
/// One import of one library: the errors of every row, the keys seen, and the changes queued by the
/// rows, applied only when no row is wrong.
/// </summary>
internal sealed class LibraryImport(YiwangDb db, PersonalDataProtector protector, IReadOnlySet<string> divisions, DateTimeOffset now)
{
    private readonly List<Action> _changes = [];
    private readonly Dictionary<Type, IPendingUpserts> _upserts = [];
    private readonly HashSet<string> _seen = [];

    public YiwangDb Db => db;
    public PersonalDataProtector Protector => protector;
    public DateTimeOffset Now => now;
    public Dictionary<string, string[]> Errors { get; } = [];
    public int Added { get; private set; }
    public int Updated { get; private set; }

    public void Queue(Action change) => _changes.Add(change);

    /// <summary>Applies what the rows queued: the upserts first (their existing records read in batches), then the rest.</summary>
    public async Task ApplyAsync(CancellationToken ct)
    {
        foreach (var pending in _upserts.Values)
        {
            var (added, updated) = await pending.ApplyAsync(ct);
            (Added, Updated) = (Added + added, Updated + updated);
        }
        foreach (var change in _changes) change();
    }

    internal bool IsDivision(string code) => divisions.Contains(code);

    internal bool Seen(string key) => !_seen.Add(key);

    /// <summary>
    /// Adds the record with this key, or updates the one already in the library (or added by an
    /// earlier row). Applied by <see cref="ApplyAsync"/>: the existing records are read 500 keys a
    /// query, not one query (and a scan of the tracked rows) a row.
    /// </summary>
    public void Upsert<T>(DbSet<T> set, Expression<Func<T, string?>> keyOf, string key, Func<T> create, Action<T> update) where T : class
    {
        if (!_upserts.TryGetValue(typeof(T), out var pending)) _upserts[typeof(T)] = pending = new PendingUpserts<T>(set, keyOf);
        ((PendingUpserts<T>)pending).Add(key, create, update);
    }

    private interface IPendingUpserts
    {
        Task<(int Added, int Updated)> ApplyAsync(CancellationToken ct);
    }

    private sealed class PendingUpserts<T>(DbSet<T> set, Expression<Func<T, string?>> keyOf) : IPendingUpserts where T : class
    {
        private readonly List<(string Key, Func<T> Create, Action<T> Update)> _ops = [];

        public void Add(string key, Func<T> create, Action<T> update) => _ops.Add((key, create, update));

        public async Task<(int Added, int Updated)> ApplyAsync(CancellationToken ct)
        {
            var key = keyOf.Compile();
            var existing = new Dictionary<string, T>(StringComparer.Ordinal);
            var batch = new KeyBatch();
            // x => batch.Keys.Contains(keyOf(x)), the keys a query parameter (one query shape for every batch).
            var match = Expression.Lambda<Func<T, bool>>(
                Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)],
                    Expression.Property(Expression.Constant(batch), nameof(KeyBatch.Keys)), keyOf.Body),
                keyOf.Parameters);
            foreach (var chunk in _ops.Select(o => o.Key).Distinct(StringComparer.Ordinal).Chunk(500))
            {
                batch.Keys = chunk;
                foreach (var record in await set.Where(match).ToListAsync(ct))
                    if (key(record) is { } k) existing.TryAdd(k, record);
            }
            var (added, updated) = (0, 0);
            foreach (var (k, create, update) in _ops)
            {
                if (!existing.TryGetValue(k, out var record))
                {
                    record = create();
                    set.Add(record);
                    existing[k] = record;
                    added++;
                }
                else updated++;
                update(record);
            }
            return (added, updated);
        }
    }

    private sealed class KeyBatch
    {
        public string?[] Keys { get; set; } = [];
    }

    /// <summary>A record that is only ever added (a credit entry).</summary>
    public void CountAdded() => Added++;
}

/// <summary>One row of the table: its cells by column name, and the checks every library uses (errors keyed rows[n].列名).</summary>
internal sealed class LibraryRow(int row, IReadOnlyDictionary<string, string> cells, LibraryImport import)
{
    private readonly int _errorsBefore = import.Errors.Count;

    public LibraryImport Import => import;

    /// <summary>This row has failed a check.</summary>
    public bool Wrong => import.Errors.Count > _errorsBefore;

    public string Cell(string column) => cells.GetValueOrDefault(column)?.Trim() ?? "";

    public void Fail(string column, string message) => import.Errors[$"rows[{row}].{column}"] = [$"第 {row} 行：{message}"];

    public void Need(string column)
    {
        if (Cell(column).Length == 0) Fail(column, $"请填写{column}");
    }

    /// <summary>A division code of the city, or null when the cell is empty.</summary>
    public string? Division(string column)
    {
        var code = Cell(column);
        if (code.Length == 0) return null;
        if (!import.IsDivision(code)) Fail(column, $"行政区划代码 {code} 不在本市区划中");
        return code;
    }

    /// <summary>The key was on an earlier row of the file (an error on this one).</summary>
    public bool Duplicate(string column, string key)
    {
        if (!import.Seen(key)) return false;
        Fail(column, $"{column}在文件中重复");
        return true;
    }

    public DateOnly? OptionalDate(string column)
    {
        var s = Cell(column);
        if (s.Length == 0) return null;
        if (DateOnly.TryParseExact(s, ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        Fail(column, $"{column}应为 yyyy-MM-dd");
        return null;
    }

    public static string? Blank(string s) => s.Length == 0 ? null : s;

    public static double? Coordinate(string s, double min, double max) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max ? v : null;
}
