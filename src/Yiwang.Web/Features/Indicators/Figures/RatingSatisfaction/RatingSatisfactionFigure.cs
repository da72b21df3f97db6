using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Organization;
using Yiwang.Web.Features.Ratings;
using Yiwang.Web.Features.Supervision;

namespace Yiwang.Web.Features.Indicators.Figures.RatingSatisfaction;

/// <summary>好差评满意率</summary>
internal sealed class RatingSatisfactionFigure : IFigure
{
    public string Key => IndicatorDefinitions.RatingSatisfaction;

    public async Task<Figure> ComputeAsync(FigureSource ctx, CancellationToken ct)
    {
        var total = await ctx.TotalAsync(ct);
        var ids = ctx.Scope.DepartmentIds;
        var ratings = ctx.Db.Ratings.AsNoTracking().Where(r => r.RatedAt >= ctx.Start && r.RatedAt < ctx.End);
        ratings = ctx.Scope.Cases is null ? ratings.Where(r => ids.Contains(r.DepartmentId)) : ratings.Where(r => ctx.Cases().Any(c => c.Id == r.CaseId));
        var records = !ctx.Records ? [] : (await ratings.OrderByDescending(r => r.RatedAt).Take(IndicatorsHandler.MaxRecords + 1).ToListAsync(ct))
            .Select(r => new FigureRecord(r.CaseNumber, r.ItemName, r.DepartmentId, !r.IsBad, r.Level.Label() + (r.Reasons.Count > 0 ? "：" + string.Join("、", r.Reasons) : ""), $"/cases/{r.CaseNumber}")).ToList();
        return new Figure(total.GoodRatings, total.Ratings, records);
    }
}
