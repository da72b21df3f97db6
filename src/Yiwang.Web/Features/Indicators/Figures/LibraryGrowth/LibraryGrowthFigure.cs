using Microsoft.EntityFrameworkCore;

namespace Yiwang.Web.Features.Indicators.Figures.LibraryGrowth;

/// <summary>基础库数据年增长率：五大库 growth over the year up to the period's end: records held then against a year before (city-wide: the libraries are shared by all).</summary>
internal sealed class LibraryGrowthFigure : IFigure
{
    public string Key => IndicatorDefinitions.LibraryGrowth;

    public async Task<Figure> ComputeAsync(FigureSource ctx, CancellationToken ct)
    {
        var yearBefore = ctx.End.AddYears(-1);
        var sizes = await DataSharing.LibraryGrowth.SizesAsync(ctx.Db, yearBefore, ctx.End, ct);
        var records = sizes.Select(s => new FigureRecord(s.Code, s.Name, null, s.Before > 0 && s.Now >= s.Before * 1.5,
            $"期末 {s.Now} 条，一年前 {s.Before} 条" + (s.Before > 0 ? $"，增长 {(s.Now - s.Before) * 100.0 / s.Before:0.#}%" : ""), null)).ToList();
        return new Figure(sizes.Sum(s => s.Now - s.Before), sizes.Sum(s => s.Before), records);
    }
}
