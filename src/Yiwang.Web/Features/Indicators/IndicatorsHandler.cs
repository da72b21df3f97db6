using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Indicators;

internal sealed record IndicatorValue(string Key, string Name, string Unit, double? Value, double Numerator, double Denominator,
    double? Target, int? TargetYear, bool? Met, TargetDirection Direction, string NumeratorDefinition, string DenominatorDefinition, string Basis,
    IReadOnlyList<YearTarget> Targets);

internal sealed record IndicatorReport(string Scope, string ScopeLabel, DateOnly From, DateOnly To, IReadOnlyList<IndicatorValue> Indicators);

/// <summary>One month of the case figures, for the trend lines (rates are null when nothing was counted).</summary>
internal sealed record TrendPoint(string Month, int Accepted, int Closed, double? AverageTrips, double? RatingCoverage, double? RatingSatisfaction, int Cards);

internal sealed record IndicatorTrend(string Scope, string ScopeLabel, DateOnly From, DateOnly To, IReadOnlyList<TrendPoint> Months);

internal sealed record IndicatorRecords(IndicatorValue Indicator, string ScopeLabel, DateOnly From, DateOnly To, IReadOnlyList<FigureRecord> Records, bool Truncated);

/// <summary>
/// The reform indicators for a period and a scope (docs/indicators.md), each with the records behind
/// it: every figure is its own use case under Figures/, counted from one <see cref="Figures.FigureSource"/>.
/// </summary>
internal sealed class IndicatorsHandler(YiwangDb db, TimeProvider clock, Rollup.DailyRollup rollup, Calendar.WorkingDayCalendar calendar)
{
    public const int MaxRecords = 1000;
    public const int MaxTrendMonths = 60;

    public async Task<Outcome<IndicatorReport>> ReportAsync(DateOnly? from, DateOnly? to, string? scopeText, CancellationToken ct)
    {
        var (ctx, error) = await ContextAsync(from, to, scopeText, records: false, ct);
        if (ctx is null) return error!.As<IndicatorReport>();
        var values = new List<IndicatorValue>();
        foreach (var d in IndicatorDefinitions.All) values.Add(Value(d, await Figures.Figures.ComputeAsync(d.Key, ctx, ct), ctx.To.Year));
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
            var month = ctx.For(start, end < ctx.To ? end : ctx.To);
            var t = await month.TotalAsync(ct);
            var cards = await month.Cards().CountAsync(ct);
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
        var figure = await Figures.Figures.ComputeAsync(key, ctx, ct);
        var records = figure.Records.OrderByDescending(r => r.Counted).Take(MaxRecords).ToList();
        return Outcome<IndicatorRecords>.Ok(new IndicatorRecords(Value(d, figure, ctx.To.Year), ctx.Scope.Label, ctx.From, ctx.To, records, figure.Records.Count > MaxRecords));
    }

    private async Task<(Figures.FigureSource?, Outcome<object>?)> ContextAsync(DateOnly? from, DateOnly? to, string? scopeText, bool records, CancellationToken ct)
    {
        var today = clock.Today();
        var (f, t) = (from ?? new DateOnly(today.Year, 1, 1), to ?? today);
        if (t < f) return (null, Outcome<object>.Invalid("to", "截止日期不能早于起始日期"));
        if (await IndicatorScope.ResolveAsync(scopeText, db, ct) is not { } scope)
            return (null, Outcome<object>.Invalid("scope", "统计范围应为 city、division:区划代码、department:部门编号、hall:大厅编号、window:窗口编号 或 staff:用户名"));
        return (new Figures.FigureSource(db, rollup, scope, f, t, records, today, calendar.Schedule), null);
    }

    private static IndicatorValue Value(IndicatorDefinition d, Figure f, int year)
    {
        var target = d.TargetFor(year);
        return new IndicatorValue(d.Key, d.Name, d.Unit, f.Value, f.Numerator, f.Denominator, target?.Value, target?.Year, d.Met(f.Value, year),
            d.Direction, d.Numerator, d.Denominator, d.Basis, d.Targets);
    }
}
