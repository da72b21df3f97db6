using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Time;

namespace Yiwang.Web.Features.Indicators.Figures.BundleOnTime;

/// <summary>
/// “一件事”按期办结率: the 一件事 whose 办结期限 falls in the period and has passed (or which closed), and
/// of those the ones closed (统一出件) on or before it. Each is counted once, in the period of its due
/// date; the scope is the 一件事 with a part among the scope's cases.
/// </summary>
internal sealed class BundleOnTimeFigure : IFigure
{
    public string Key => IndicatorDefinitions.BundleOnTime;

    public async Task<Figure> ComputeAsync(FigureSource ctx, CancellationToken ct)
    {
        var (from, to, today) = (ctx.From, ctx.To, ctx.Today);
        var due = await ctx.Bundles().Where(b => b.Due >= from && b.Due <= to && (b.ClosedAt != null || b.Due < today))
            .Select(b => new { b.Number, b.BundleName, Due = b.Due!.Value, b.LegalDue, b.ClosedAt }).ToListAsync(ct);
        var rows = due.Select(b => (b.Number, b.BundleName, b.Due, b.LegalDue, Closed: b.ClosedAt is { } at ? ChinaTime.Date(at) : (DateOnly?)null))
            .Select(b => (Row: b, OnTime: b.Closed is { } c && c <= b.Due)).ToList();
        var records = !ctx.Records ? [] : rows.OrderBy(r => r.OnTime).ThenByDescending(r => r.Row.Due).Take(IndicatorsHandler.MaxRecords + 1)
            .Select(r => new FigureRecord(r.Row.Number, r.Row.BundleName, null, r.OnTime, Detail(r.Row.Due, r.Row.LegalDue, r.Row.Closed, today), $"/bundle-cases/{r.Row.Number}")).ToList();
        return new Figure(rows.Count(r => r.OnTime), rows.Count, records);
    }

    private static string Detail(DateOnly due, DateOnly? legalDue, DateOnly? closed, DateOnly today)
    {
        var limits = $"办结期限 {due:yyyy-MM-dd}" + (legalDue is { } l ? $"，法定时限 {l:yyyy-MM-dd}" : "");
        return closed is { } c
            ? $"{c:yyyy-MM-dd} 统一出件（{limits}）" + (c > due ? (legalDue is { } lg && c > lg ? "，超过法定时限" : "，超过承诺时限") : "")
            : $"尚未办结（{limits}）" + (legalDue is { } lg2 && today > lg2 ? "，已超过法定时限" : "，已超过承诺时限");
    }
}
