using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.Organization;
using Yiwang.Web.Features.Ratings;
using Yiwang.Web.Features.Supervision;

namespace Yiwang.Web.Features.Indicators;

public sealed record IndicatorValue(string Key, string Name, string Unit, double? Value, double Numerator, double Denominator,
    double? Target, int? TargetYear, bool? Met, TargetDirection Direction, string NumeratorDefinition, string DenominatorDefinition, string Basis,
    IReadOnlyList<YearTarget> Targets);

public sealed record IndicatorReport(string Scope, string ScopeLabel, DateOnly From, DateOnly To, IReadOnlyList<IndicatorValue> Indicators);

/// <summary>One month of the case figures, for the trend lines (rates are null when nothing was counted).</summary>
public sealed record TrendPoint(string Month, int Accepted, int Closed, double? AverageTrips, double? RatingCoverage, double? RatingSatisfaction, int Cards);

public sealed record IndicatorTrend(string Scope, string ScopeLabel, DateOnly From, DateOnly To, IReadOnlyList<TrendPoint> Months);

public sealed record IndicatorRecords(IndicatorValue Indicator, string ScopeLabel, DateOnly From, DateOnly To, IReadOnlyList<FigureRecord> Records, bool Truncated);

/// <summary>
/// The reform indicators for a period and a scope, computed from the catalog in force and from the
/// cases, cards and ratings of the period (docs/indicators.md), each with the records behind it.
/// </summary>
public sealed class IndicatorsHandler(YiwangDb db, TimeProvider clock, Rollup.DailyRollup rollup)
{
    public const int MaxRecords = 1000;
    public const int MaxTrendMonths = 60;

    public async Task<Outcome<IndicatorReport>> ReportAsync(DateOnly? from, DateOnly? to, string? scopeText, CancellationToken ct)
    {
        var (ctx, error) = await ContextAsync(from, to, scopeText, records: false, ct);
        if (ctx is null) return error!.As<IndicatorReport>();
        var values = new List<IndicatorValue>();
        foreach (var d in IndicatorDefinitions.All) values.Add(Value(d, await FigureAsync(d.Key, ctx, ct), ctx.To.Year));
        return Outcome<IndicatorReport>.Ok(new IndicatorReport(ctx.Scope.Text, ctx.Scope.Label, ctx.From, ctx.To, values));
    }

    /// <summary>The case figures month by month (the first and last month cut to the period): daily rollup rows, summed per month.</summary>
    public async Task<Outcome<IndicatorTrend>> TrendAsync(DateOnly? from, DateOnly? to, string? scopeText, CancellationToken ct)
    {
        var (ctx, error) = await ContextAsync(from, to, scopeText, records: false, ct);
        if (ctx is null) return error!.As<IndicatorTrend>();
        if ((ctx.To.Year - ctx.From.Year) * 12 + ctx.To.Month - ctx.From.Month >= MaxTrendMonths)
            return Outcome<IndicatorTrend>.Invalid("from", $"月度趋势最多统计 {MaxTrendMonths} 个月，请缩短期间");
        var months = new List<TrendPoint>();
        for (var start = ctx.From; start <= ctx.To; start = new DateOnly(start.Year, start.Month, 1).AddMonths(1))
        {
            var end = new DateOnly(start.Year, start.Month, 1).AddMonths(1).AddDays(-1);
            var month = new Context(ctx.Scope, start, end < ctx.To ? end : ctx.To, Records: false);
            var t = await TotalAsync(month, ct);
            var cards = await CardsInScope(month).CountAsync(ct);
            months.Add(new TrendPoint(start.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), t.Accepted, t.Closed,
                Rate(t.ClosedTrips, t.Closed), Rate(t.DecidedRated, t.Decided), Rate(t.GoodRatings, t.Ratings), cards));
        }
        return Outcome<IndicatorTrend>.Ok(new IndicatorTrend(ctx.Scope.Text, ctx.Scope.Label, ctx.From, ctx.To, months));
    }

    private static double? Rate(int numerator, int denominator) => denominator == 0 ? null : (double)numerator / denominator;

    public async Task<Outcome<IndicatorRecords>> RecordsAsync(string key, DateOnly? from, DateOnly? to, string? scopeText, CancellationToken ct)
    {
        if (IndicatorDefinitions.Find(key) is not { } d) return Outcome<IndicatorRecords>.NotFound($"指标 {key} 不存在");
        var (ctx, error) = await ContextAsync(from, to, scopeText, records: true, ct);
        if (ctx is null) return error!.As<IndicatorRecords>();
        var figure = await FigureAsync(key, ctx, ct);
        var records = figure.Records.OrderByDescending(r => r.Counted).Take(MaxRecords).ToList();
        return Outcome<IndicatorRecords>.Ok(new IndicatorRecords(Value(d, figure, ctx.To.Year), ctx.Scope.Label, ctx.From, ctx.To, records, figure.Records.Count > MaxRecords));
    }

    private sealed record Context(IndicatorScope Scope, DateOnly From, DateOnly To, bool Records)
    {
        public DateTimeOffset Start { get; } = ChinaTime.StartOf(From);
        public DateTimeOffset End { get; } = ChinaTime.EndOf(To);
        public List<ItemFacts>? Items { get; set; }
        public Dictionary<Rollup.FigureKey, Rollup.FigureCounts>? Counts { get; set; }
    }

    private async Task<(Context?, Outcome<object>?)> ContextAsync(DateOnly? from, DateOnly? to, string? scopeText, bool records, CancellationToken ct)
    {
        var today = clock.Today();
        var (f, t) = (from ?? new DateOnly(today.Year, 1, 1), to ?? today);
        if (t < f) return (null, Outcome<object>.Invalid("to", "截止日期不能早于起始日期"));
        if (await IndicatorScope.ResolveAsync(scopeText, db, ct) is not { } scope)
            return (null, Outcome<object>.Invalid("scope", "统计范围应为 city、division:区划代码、department:部门编号、hall:大厅编号、window:窗口编号 或 staff:用户名"));
        return (new Context(scope, f, t, records), null);
    }

    private static IndicatorValue Value(IndicatorDefinition d, Figure f, int year)
    {
        var target = d.TargetFor(year);
        return new IndicatorValue(d.Key, d.Name, d.Unit, f.Value, f.Numerator, f.Denominator, target?.Value, target?.Year, d.Met(f.Value, year),
            d.Direction, d.Numerator, d.Denominator, d.Basis, d.Targets);
    }

    private async Task<Figure> FigureAsync(string key, Context ctx, CancellationToken ct) => key switch
    {
        IndicatorDefinitions.AverageTrips => await AverageTripsAsync(ctx, ct),
        IndicatorDefinitions.CardRate => await CardRateAsync(ctx, ct),
        IndicatorDefinitions.RatingCoverage => await RatingCoverageAsync(ctx, ct),
        IndicatorDefinitions.RatingSatisfaction => await SatisfactionAsync(ctx, ct),
        IndicatorDefinitions.CoverageDepartments => await DepartmentCoverageAsync(ctx, ct),
        IndicatorDefinitions.CoverageTownships => await DivisionCoverageAsync(ctx, DivisionLevel.Township, ct),
        IndicatorDefinitions.CoverageVillages => await DivisionCoverageAsync(ctx, DivisionLevel.Village, ct),
        IndicatorDefinitions.CityWideHighFrequency => await HighFrequencyAsync(ctx, ct),
        IndicatorDefinitions.CrossAreaShare => await CrossAreaAsync(ctx, ct),
        IndicatorDefinitions.MaterialsDrawn => await MaterialsDrawnAsync(ctx, ct),
        IndicatorDefinitions.LibraryGrowth => await LibraryGrowthAsync(ctx, ct),
        _ => CatalogFigures.Compute(key, await ItemsAsync(ctx, ct)),
    };

    private async Task<List<ItemFacts>> ItemsAsync(Context ctx, CancellationToken ct)
    {
        if (ctx.Items is { } cached) return cached;
        var ids = ctx.Scope.DepartmentIds;
        var rows = await CurrentVersions.Of(db).AsNoTracking().Where(c => ids.Contains(c.Item.DepartmentId))
            .Select(c => new { c.Item.Code, c.Item.DepartmentId, c.Version.Guide }).ToListAsync(ct);
        return ctx.Items = rows.Select(r => new ItemFacts(r.Code, r.Guide.Name, r.DepartmentId, r.Guide.Type, r.Guide.LegalLimitDays, r.Guide.PromisedLimitDays,
            r.Guide.CaseKind, r.Guide.OnlineDepthLevel, r.Guide.OnsiteVisits, r.Guide.ChiefDecidesAtWindow, r.Guide.CrossRegion)).OrderBy(i => i.Code, StringComparer.Ordinal).ToList();
    }

    /// <summary>The period's counts per department and item: rolled days from the daily rollup, the rest live.</summary>
    /// <summary>Halls, windows and staff members are counted live: their cases are few, and the rollup is kept per department and item.</summary>
    private async Task<Dictionary<Rollup.FigureKey, Rollup.FigureCounts>> CountsAsync(Context ctx, CancellationToken ct) =>
        ctx.Counts ??= ctx.Scope.Cases is { } cases
            ? await rollup.CountAsync(ctx.Start, ctx.End, cases, ct)
            : await rollup.PeriodAsync(ctx.From, ctx.To, ctx.Scope.DepartmentIds, ct);

    private async Task<Rollup.FigureCounts> TotalAsync(Context ctx, CancellationToken ct) =>
        (await CountsAsync(ctx, ct)).Values.Aggregate(default(Rollup.FigureCounts), (a, b) => a + b);

    private IQueryable<Case> CasesInScope(Context ctx) => ctx.Scope.Cases is { } cases
        ? db.Cases.AsNoTracking().Where(cases)
        : db.Cases.AsNoTracking().Where(c => ctx.Scope.DepartmentIds.Contains(c.DepartmentId));

    private async Task<Figure> AverageTripsAsync(Context ctx, CancellationToken ct)
    {
        var total = await TotalAsync(ctx, ct);
        var closed = CasesInScope(ctx).Where(c => c.Status == CaseStatus.Closed && c.ClosedAt >= ctx.Start && c.ClosedAt < ctx.End);
        var records = ctx.Records ? await CaseRecordsAsync(closed, c => c.Trips > 0, c => $"跑动 {c.Trips} 次", ct) : [];
        return new Figure(total.ClosedTrips, total.Closed, records);
    }

    private async Task<Figure> CardRateAsync(Context ctx, CancellationToken ct)
    {
        var cards = CardsInScope(ctx);
        var accepted = (await TotalAsync(ctx, ct)).Accepted;
        var count = await cards.CountAsync(ct);
        var records = !ctx.Records ? [] : (await cards.OrderByDescending(k => k.RaisedAt).Take(MaxRecords + 1).ToListAsync(ct))
            .Select(k => new FigureRecord(k.CaseNumber, $"{k.Level.Label()}：{k.Rule.Label()}", k.DepartmentId, true, k.Detail, $"/staff/supervision/cards/{k.Id}")).ToList();
        return new Figure(count, accepted, records);
    }

    /// <summary>Yellow and red cards raised in the period (预警 not counted), of the scope's departments or cases.</summary>
    private IQueryable<Card> CardsInScope(Context ctx)
    {
        var ids = ctx.Scope.DepartmentIds;
        var cards = db.Cards.AsNoTracking().Where(k => k.Level != CardLevel.Warning && k.RaisedOn >= ctx.From && k.RaisedOn <= ctx.To);
        return ctx.Scope.Cases is null ? cards.Where(k => ids.Contains(k.DepartmentId)) : cards.Where(k => CasesInScope(ctx).Any(c => c.Id == k.CaseId));
    }

    private async Task<Figure> RatingCoverageAsync(Context ctx, CancellationToken ct)
    {
        var total = await TotalAsync(ctx, ct);
        var decided = CasesInScope(ctx).Where(c => c.DecidedAt >= ctx.Start && c.DecidedAt < ctx.End);
        var records = !ctx.Records ? [] : (await decided.OrderByDescending(c => c.DecidedAt).Take(MaxRecords + 1)
                .Select(c => new { c.Number, c.ItemName, c.DepartmentId, Rated = db.Ratings.Any(r => r.CaseId == c.Id && r.Service == Ratings.RatedService.Case) }).ToListAsync(ct))
            .Select(c => new FigureRecord(c.Number, c.ItemName, c.DepartmentId, c.Rated, c.Rated ? "已评价" : "未评价", $"/cases/{c.Number}")).ToList();
        return new Figure(total.DecidedRated, total.Decided, records);
    }

    private async Task<Figure> SatisfactionAsync(Context ctx, CancellationToken ct)
    {
        var total = await TotalAsync(ctx, ct);
        var ids = ctx.Scope.DepartmentIds;
        var ratings = db.Ratings.AsNoTracking().Where(r => r.RatedAt >= ctx.Start && r.RatedAt < ctx.End);
        ratings = ctx.Scope.Cases is null ? ratings.Where(r => ids.Contains(r.DepartmentId)) : ratings.Where(r => CasesInScope(ctx).Any(c => c.Id == r.CaseId));
        var records = !ctx.Records ? [] : (await ratings.OrderByDescending(r => r.RatedAt).Take(MaxRecords + 1).ToListAsync(ct))
            .Select(r => new FigureRecord(r.CaseNumber, r.ItemName, r.DepartmentId, !r.IsBad, r.Level.Label() + (r.Reasons.Count > 0 ? "：" + string.Join("、", r.Reasons) : ""), $"/cases/{r.CaseNumber}")).ToList();
        return new Figure(total.GoodRatings, total.Ratings, records);
    }

    private async Task<Figure> DepartmentCoverageAsync(Context ctx, CancellationToken ct)
    {
        var items = await ItemsAsync(ctx, ct);
        var ids = ctx.Scope.DepartmentIds;
        var departments = await db.Departments.AsNoTracking().Where(d => ids.Contains(d.Id)).OrderBy(d => d.Code).ToListAsync(ct);
        var perDepartment = items.GroupBy(i => i.DepartmentId).ToDictionary(g => g.Key, g => g.Count());
        var records = departments.Select(d => perDepartment.GetValueOrDefault(d.Id) is var n && n > 0
            ? new FigureRecord(d.Code, d.Name, d.Id, true, $"在用事项 {n} 项", null)
            : new FigureRecord(d.Code, d.Name, d.Id, false, "尚无在用事项", null)).ToList();
        return new Figure(records.Count(r => r.Counted), records.Count, records);
    }

    private async Task<Figure> DivisionCoverageAsync(Context ctx, DivisionLevel level, CancellationToken ct)
    {
        var items = await ItemsAsync(ctx, ct);
        var divisions = (await db.Divisions.AsNoTracking().Where(d => d.Level == level).OrderBy(d => d.Code).ToListAsync(ct))
            .Where(d => ctx.Scope.DivisionCode is not { } code || DivisionCodes.IsWithin(d.Code, code)).ToList();
        var halls = (await db.Halls.AsNoTracking().Select(h => h.DivisionCode).ToListAsync(ct)).ToHashSet();
        var departmentsWithItems = items.Select(i => i.DepartmentId).ToHashSet();
        var servedDivisions = (await db.Departments.AsNoTracking().Select(d => new { d.Id, d.DivisionCode }).ToListAsync(ct))
            .Where(d => departmentsWithItems.Contains(d.Id)).Select(d => d.DivisionCode).ToHashSet();
        var records = divisions.Select(d =>
        {
            var (hall, served) = (halls.Contains(d.Code), servedDivisions.Contains(d.Code));
            return new FigureRecord(d.Code, d.Name, null, hall || served, hall ? "设有服务大厅（站）" : served ? "有本级实施事项" : "尚未纳入平台", null);
        }).ToList();
        return new Figure(records.Count(r => r.Counted), records.Count, records);
    }

    /// <summary>高频: the items with the most applications in the period, the top fifth (at least one item with at least one case).</summary>
    /// <summary>市域通办 (accepted at a hall that does not serve the case's department) and 跨省通办 代收代办, over all acceptances.</summary>
    private async Task<Figure> CrossAreaAsync(Context ctx, CancellationToken ct)
    {
        var accepted = (await TotalAsync(ctx, ct)).Accepted;
        var halls = await db.Halls.AsNoTracking().Select(h => new { h.Id, h.Name, h.DivisionCode }).ToListAsync(ct);
        var departments = await db.Departments.AsNoTracking().Select(d => new { d.Id, d.DivisionCode }).ToListAsync(ct);
        var acceptedAtHalls = CasesInScope(ctx).Where(c => c.AcceptedAt >= ctx.Start && c.AcceptedAt < ctx.End && c.AcceptedHallId != null);
        var (count, records) = (0, new List<FigureRecord>());
        foreach (var h in halls)
        {
            var local = departments.Where(d => DivisionCodes.IsWithin(d.DivisionCode, h.DivisionCode)).Select(d => d.Id).ToList();
            var remote = acceptedAtHalls.Where(c => c.AcceptedHallId == h.Id && !local.Contains(c.DepartmentId));
            count += await remote.CountAsync(ct);
            if (ctx.Records)
                records.AddRange((await remote.OrderByDescending(c => c.AcceptedAt).Take(MaxRecords + 1).Select(c => new { c.Number, c.ItemName, c.DepartmentId }).ToListAsync(ct))
                    .Select(c => new FigureRecord(c.Number, c.ItemName, c.DepartmentId, true, $"市域通办：{h.Name}受理", $"/cases/{c.Number}")));
        }
        var proxies = await ProxiesInScopeAsync(ctx, ct);
        var proxyCount = await proxies.CountAsync(ct);
        if (ctx.Records)
            records.AddRange((await proxies.OrderByDescending(p => p.ReceivedAt).Take(MaxRecords + 1).ToListAsync(ct))
                .Select(p => new FigureRecord(p.Number, p.ItemName, null, true, $"跨省通办：代收{p.Province}{p.OfficeName}（{CrossArea.ProxyStatusNames.Label(p.Status)}）", "/staff/cross-province")));
        return new Figure(count + proxyCount, accepted + proxyCount, records);
    }

    /// <summary>减证: required materials of the period's submitted cases that the platform drew for the applicant (from the daily rollup).</summary>
    private async Task<Figure> MaterialsDrawnAsync(Context ctx, CancellationToken ct)
    {
        var total = await TotalAsync(ctx, ct);
        var submitted = CasesInScope(ctx).Where(c => c.SubmittedAt >= ctx.Start && c.SubmittedAt < ctx.End && c.MaterialsRequired > 0);
        var records = !ctx.Records ? [] : (await submitted.OrderByDescending(c => c.SubmittedAt).Take(MaxRecords + 1)
                .Select(c => new { c.Number, c.ItemName, c.DepartmentId, c.MaterialsRequired, c.MaterialsDrawn }).ToListAsync(ct))
            .Select(c => new FigureRecord(c.Number, c.ItemName, c.DepartmentId, c.MaterialsDrawn > 0, $"必要材料 {c.MaterialsRequired} 项，平台调用 {c.MaterialsDrawn} 项", $"/cases/{c.Number}")).ToList();
        return new Figure(total.MaterialsDrawn, total.MaterialsRequired, records);
    }

    /// <summary>五大库 growth over the year up to the period's end: records held then against a year before (city-wide: the libraries are shared by all).</summary>
    private async Task<Figure> LibraryGrowthAsync(Context ctx, CancellationToken ct)
    {
        var yearBefore = ctx.End.AddYears(-1);
        var sizes = await DataSharing.LibraryGrowth.SizesAsync(db, yearBefore, ctx.End, ct);
        var records = sizes.Select(s => new FigureRecord(s.Code, s.Name, null, s.Before > 0 && s.Now >= s.Before * 1.5,
            $"期末 {s.Now} 条，一年前 {s.Before} 条" + (s.Before > 0 ? $"，增长 {(s.Now - s.Before) * 100.0 / s.Before:0.#}%" : ""), null)).ToList();
        return new Figure(sizes.Sum(s => s.Now - s.Before), sizes.Sum(s => s.Before), records);
    }

    /// <summary>跨省通办 cases received in the period at the scope's halls (a department scope has none: they belong to other provinces' offices).</summary>
    private async Task<IQueryable<CrossArea.ProxyCase>> ProxiesInScopeAsync(Context ctx, CancellationToken ct)
    {
        var received = db.ProxyCases.AsNoTracking().Where(p => p.ReceivedAt >= ctx.Start && p.ReceivedAt < ctx.End);
        var (kind, value) = ctx.Scope.Text.IndexOf(':') is var i and > 0 ? (ctx.Scope.Text[..i], ctx.Scope.Text[(i + 1)..]) : (ctx.Scope.Text, "");
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

    private async Task<Figure> HighFrequencyAsync(Context ctx, CancellationToken ct)
    {
        var counts = (await CountsAsync(ctx, ct)).Where(kv => kv.Value.Submitted > 0).GroupBy(kv => kv.Key.ItemCode)
            .Select(g => new { Code = g.Key, Count = g.Sum(kv => kv.Value.Submitted) }).ToList();
        var top = counts.OrderByDescending(c => c.Count).ThenBy(c => c.Code, StringComparer.Ordinal).Take((int)Math.Ceiling(counts.Count / 5.0)).ToList();
        var items = (await ItemsAsync(ctx, ct)).ToDictionary(i => i.Code);
        var records = top.Select(c => items.GetValueOrDefault(c.Code) is { } i
            ? new FigureRecord(i.Code, i.Name, i.DepartmentId, i.CrossRegion, $"申请 {c.Count} 件，{(i.CrossRegion ? "可跨域通办" : "未开通跨域通办")}", $"/items/{i.Code}")
            : new FigureRecord(c.Code, c.Code, null, false, $"申请 {c.Count} 件，事项已不在用", null)).ToList();
        return new Figure(records.Count(r => r.Counted), records.Count, records);
    }

    private static async Task<List<FigureRecord>> CaseRecordsAsync(IQueryable<Case> cases, Func<CaseRow, bool> counted, Func<CaseRow, string> detail, CancellationToken ct) =>
        (await cases.OrderByDescending(c => c.Id).Take(MaxRecords + 1).Select(c => new CaseRow(c.Number, c.ItemName, c.DepartmentId, c.Trips)).ToListAsync(ct))
        .Select(c => new FigureRecord(c.Number, c.ItemName, c.DepartmentId, counted(c), detail(c), $"/cases/{c.Number}")).ToList();

    private sealed record CaseRow(string Number, string ItemName, int DepartmentId, int Trips);
}
