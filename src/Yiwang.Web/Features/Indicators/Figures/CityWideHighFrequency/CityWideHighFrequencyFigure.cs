using Microsoft.EntityFrameworkCore;

namespace Yiwang.Web.Features.Indicators.Figures.CityWideHighFrequency;

/// <summary>高频事项“市域通办”率：高频 are the items with the most applications in the period, the top fifth (at least one item with at least one case).</summary>
internal sealed class CityWideHighFrequencyFigure : IFigure
{
    public string Key => IndicatorDefinitions.CityWideHighFrequency;

    public async Task<Figure> ComputeAsync(FigureSource ctx, CancellationToken ct)
    {
        var counts = (await ctx.CountsAsync(ct)).Where(kv => kv.Value.Submitted > 0).GroupBy(kv => kv.Key.ItemCode)
            .Select(g => new { Code = g.Key, Count = g.Sum(kv => kv.Value.Submitted) }).ToList();
        var top = counts.OrderByDescending(c => c.Count).ThenBy(c => c.Code, StringComparer.Ordinal).Take((int)Math.Ceiling(counts.Count / 5.0)).ToList();
        var items = (await ctx.ItemsAsync(ct)).ToDictionary(i => i.Code);
        var records = top.Select(c => items.GetValueOrDefault(c.Code) is { } i
            ? new FigureRecord(i.Code, i.Name, i.DepartmentId, i.CrossRegion, $"申请 {c.Count} 件，{(i.CrossRegion ? "可跨域通办" : "未开通跨域通办")}", $"/items/{i.Code}")
            : new FigureRecord(c.Code, c.Code, null, false, $"申请 {c.Count} 件，事项已不在用", null)).ToList();
        return new Figure(records.Count(r => r.Counted), records.Count, records);
    }
}
