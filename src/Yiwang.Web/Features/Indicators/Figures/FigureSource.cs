using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.Organization;
using Yiwang.Web.Features.Supervision;

namespace Yiwang.Web.Features.Indicators.Figures;

/// <summary>
/// What the figures of one period and scope are counted from: the items in force, the daily counts
/// (rolled days and the rest live), the scope's cases, cards and 跨省通办 cases. Read once, shared
/// by every figure of the report.
/// </summary>
internal sealed class FigureSource(YiwangDb db, Rollup.DailyRollup rollup, IndicatorScope scope, DateOnly from, DateOnly to, bool records, DateOnly today, Calendar.WorkingDaySchedule schedule)
{
    private List<ItemFacts>? _items;
    private Dictionary<Rollup.FigureKey, Rollup.FigureCounts>? _counts;

    public YiwangDb Db => db;
    public IndicatorScope Scope => scope;
    public DateOnly From => from;
    public DateOnly To => to;
    /// <summary>The records behind the figure are wanted (the drill-down), not only its numbers.</summary>
    public bool Records => records;
    /// <summary>The day the report is made: a deadline not yet passed is not yet missed.</summary>
    public DateOnly Today => today;
    /// <summary>The working-day calendar (for figures counted in working days).</summary>
    public Calendar.WorkingDaySchedule Schedule => schedule;
    public DateTimeOffset Start { get; } = ChinaTime.StartOf(from);
    public DateTimeOffset End { get; } = ChinaTime.EndOf(to);

    /// <summary>The same scope over another period (a month of the trend), numbers only.</summary>
    public FigureSource For(DateOnly periodFrom, DateOnly periodTo) => new(db, rollup, scope, periodFrom, periodTo, records: false, today, schedule);

    public async Task<List<ItemFacts>> ItemsAsync(CancellationToken ct)
    {
        if (_items is { } cached) return cached;
        var ids = scope.DepartmentIds;
        var rows = await CurrentVersions.Of(db).AsNoTracking().Where(c => ids.Contains(c.Item.DepartmentId))
            .Select(c => new { c.Item.Code, c.Item.DepartmentId, c.Version.Guide }).ToListAsync(ct);
        return _items = rows.Select(r => new ItemFacts(r.Code, r.Guide.Name, r.DepartmentId, r.Guide.Type, r.Guide.LegalLimitDays, r.Guide.PromisedLimitDays,
            r.Guide.CaseKind, r.Guide.OnlineDepthLevel, r.Guide.OnsiteVisits, r.Guide.ChiefDecidesAtWindow, r.Guide.CrossRegion)).OrderBy(i => i.Code, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The period's counts per department and item: rolled days from the daily rollup, the rest live.
    /// Halls, windows and staff members are counted live: their cases are few, and the rollup is kept per department and item.
    /// </summary>
    public async Task<Dictionary<Rollup.FigureKey, Rollup.FigureCounts>> CountsAsync(CancellationToken ct) =>
        _counts ??= scope.Cases is { } cases
            ? await rollup.CountAsync(Start, End, cases, ct)
            : await rollup.PeriodAsync(from, to, scope.DepartmentIds, ct);

    public async Task<Rollup.FigureCounts> TotalAsync(CancellationToken ct) =>
        (await CountsAsync(ct)).Values.Aggregate(default(Rollup.FigureCounts), (a, b) => a + b);

    public IQueryable<Case> Cases() => scope.Cases is { } cases
        ? db.Cases.AsNoTracking().Where(cases)
        : db.Cases.AsNoTracking().Where(c => scope.DepartmentIds.Contains(c.DepartmentId));

    /// <summary>The 一件事 with a part among the scope's cases.</summary>
    public IQueryable<Bundles.BundleCase> Bundles()
    {
        var parts = Cases().Where(c => c.BundleCaseId != null);
        return db.BundleCases.AsNoTracking().Where(b => parts.Any(c => c.BundleCaseId == b.Id));
    }

    /// <summary>Yellow and red cards raised in the period (预警 not counted), of the scope's departments or cases.</summary>
    public IQueryable<Card> Cards()
    {
        var ids = scope.DepartmentIds;
        var cards = db.Cards.AsNoTracking().Where(k => k.Level != CardLevel.Warning && k.RaisedOn >= from && k.RaisedOn <= to);
        return scope.Cases is null ? cards.Where(k => ids.Contains(k.DepartmentId)) : cards.Where(k => Cases().Any(c => c.Id == k.CaseId));
    }

    /// <summary>跨省通办 cases received in the period at the scope's halls (a department scope has none: they belong to other provinces' offices).</summary>
    public async Task<IQueryable<CrossArea.ProxyCase>> ProxiesAsync(CancellationToken ct)
    {
        var received = db.ProxyCases.AsNoTracking().Where(p => p.ReceivedAt >= Start && p.ReceivedAt < End);
        var (kind, value) = scope.Text.IndexOf(':') is var i and > 0 ? (scope.Text[..i], scope.Text[(i + 1)..]) : (scope.Text, "");
        var id = int.TryParse(value, out var n) ? n : -1;
        switch (kind)
        {
            case "city": return received;
            case "division":
                var halls = (await db.Halls.AsNoTracking().Select(h => new { h.Id, h.DivisionCode }).ToListAsync(ct)).Where(h => DivisionCodes.IsWithin(h.DivisionCode, value)).Select(h => h.Id).ToList();
                return received.Where(p => halls.Contains(p.HallId));
            case "hall": return received.Where(p => p.HallId == id);
            case "window": return received.Where(p => p.WindowId == id);
            case "staff": return received.Where(p => p.ReceivedBy == value);
            default: return received.Where(p => false);
        }
    }

    public static async Task<List<FigureRecord>> CaseRecordsAsync(IQueryable<Case> cases, Func<CaseRow, bool> counted, Func<CaseRow, string> detail, CancellationToken ct) =>
        (await cases.OrderByDescending(c => c.Id).Take(IndicatorsHandler.MaxRecords + 1).Select(c => new CaseRow(c.Number, c.ItemName, c.DepartmentId, c.Trips)).ToListAsync(ct))
        .Select(c => new FigureRecord(c.Number, c.ItemName, c.DepartmentId, counted(c), detail(c), $"/cases/{c.Number}")).ToList();

    public sealed record CaseRow(string Number, string ItemName, int DepartmentId, int Trips);
}
