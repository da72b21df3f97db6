using Microsoft.EntityFrameworkCore;

namespace Yiwang.Web.Features.Indicators.Figures.RatingCoverage;

/// <summary>好差评覆盖率</summary>
internal sealed class RatingCoverageFigure : IFigure
{
    public string Key => IndicatorDefinitions.RatingCoverage;

    public async Task<Figure> ComputeAsync(FigureSource ctx, CancellationToken ct)
    {
        var total = await ctx.TotalAsync(ct);
        var decided = ctx.Cases().Where(c => c.DecidedAt >= ctx.Start && c.DecidedAt < ctx.End);
        var records = !ctx.Records ? [] : (await decided.OrderByDescending(c => c.DecidedAt).Take(IndicatorsHandler.MaxRecords + 1)
                .Select(c => new { c.Number, c.ItemName, c.DepartmentId, Rated = ctx.Db.Ratings.Any(r => r.CaseId == c.Id && r.Service == Ratings.RatedService.Case) }).ToListAsync(ct))
            .Select(c => new FigureRecord(c.Number, c.ItemName, c.DepartmentId, c.Rated, c.Rated ? "已评价" : "未评价", $"/cases/{c.Number}")).ToList();
        return new Figure(total.DecidedRated, total.Decided, records);
    }
}
