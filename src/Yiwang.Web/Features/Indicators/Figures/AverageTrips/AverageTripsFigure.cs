using Yiwang.Web.Features.Cases;

namespace Yiwang.Web.Features.Indicators.Figures.AverageTrips;

/// <summary>平均跑动次数</summary>
internal sealed class AverageTripsFigure : IFigure
{
    public string Key => IndicatorDefinitions.AverageTrips;

    public async Task<Figure> ComputeAsync(FigureSource ctx, CancellationToken ct)
    {
        var total = await ctx.TotalAsync(ct);
        var closed = ctx.Cases().Where(c => c.Status == CaseStatus.Closed && c.ClosedAt >= ctx.Start && c.ClosedAt < ctx.End);
        var records = ctx.Records ? await FigureSource.CaseRecordsAsync(closed, c => c.Trips > 0, c => $"跑动 {c.Trips} 次", ct) : [];
        return new Figure(total.ClosedTrips, total.Closed, records);
    }
}
