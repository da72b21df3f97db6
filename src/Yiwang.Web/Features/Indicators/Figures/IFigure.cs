using Yiwang.Web.Features.Organization;

namespace Yiwang.Web.Features.Indicators.Figures;

/// <summary>How one indicator is counted from the platform's records (docs/indicators.md), with the records behind it.</summary>
internal interface IFigure
{
    string Key { get; }

    Task<Figure> ComputeAsync(FigureSource ctx, CancellationToken ct);
}

/// <summary>Every indicator counted from records (the others are counted from the catalog in force: <see cref="CatalogFigures"/>).</summary>
internal static class Figures
{
    private static readonly Dictionary<string, IFigure> ByKey = new IFigure[]
    {
        new AverageTrips.AverageTripsFigure(), new CardRate.CardRateFigure(), new RatingCoverage.RatingCoverageFigure(), new RatingSatisfaction.RatingSatisfactionFigure(),
        new DepartmentCoverage.DepartmentCoverageFigure(),
        new DivisionCoverage.DivisionCoverageFigure(IndicatorDefinitions.CoverageTownships, DivisionLevel.Township),
        new DivisionCoverage.DivisionCoverageFigure(IndicatorDefinitions.CoverageVillages, DivisionLevel.Village),
        new CityWideHighFrequency.CityWideHighFrequencyFigure(), new CrossAreaShare.CrossAreaShareFigure(), new MaterialsDrawn.MaterialsDrawnFigure(),
        new LibraryGrowth.LibraryGrowthFigure(), new BundleOnTime.BundleOnTimeFigure(),
        new PolicyRedemption.PoliciesPublishedFigure(), new PolicyRedemption.FirmsReachedFigure(), new PolicyRedemption.AmountPaidFigure(),
        new PolicyRedemption.NoApplicationShareFigure(), new PolicyRedemption.RedeemDaysFigure(), new PolicyRedemption.InstantShareFigure(),
        new HotlineRates.HotlineResponseFigure(), new HotlineRates.HotlineCallbackFigure(IndicatorDefinitions.HotlineResolution, satisfaction: false),
        new HotlineRates.HotlineCallbackFigure(IndicatorDefinitions.HotlineSatisfaction, satisfaction: true),
    }.ToDictionary(f => f.Key);

    public static async Task<Figure> ComputeAsync(string key, FigureSource ctx, CancellationToken ct) =>
        ByKey.TryGetValue(key, out var figure) ? await figure.ComputeAsync(ctx, ct) : CatalogFigures.Compute(key, await ctx.ItemsAsync(ct));
}
