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
    private readonly HashSet<string> _seen = [];

    public YiwangDb Db => db;
    public PersonalDataProtector Protector => protector;
    public DateTimeOffset Now => now;
    public Dictionary<string, string[]> Errors { get; } = [];
    public int Added { get; private set; }
    public int Updated { get; private set; }

    public void Queue(Action change) => _changes.Add(change);

    public void Apply()
    {
        foreach (var change in _changes) change();
    }

    internal bool IsDivision(string code) => divisions.Contains(code);

    internal bool Seen(string key) => !_seen.Add(key);

    /// <summary>Adds the record, or updates the one already there (or added by an earlier row).</summary>
    public void Upsert<T>(DbSet<T> set, Expression<Func<T, bool>> key, Func<T> create, Action<T> update) where T : class
    {
        var existing = set.Local.AsQueryable().FirstOrDefault(key) ?? set.FirstOrDefault(key);
        if (existing is null)
        {
            existing = create();
            set.Add(existing);
            Added++;
        }
        else Updated++;
        update(existing);
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
