using Microsoft.EntityFrameworkCore;

namespace Yiwang.Web.Features.Indicators.Figures.MaterialsDrawn;

/// <summary>材料免提交率：减证: required materials of the period's submitted cases that the platform drew for the applicant (from the daily rollup).</summary>
internal sealed class MaterialsDrawnFigure : IFigure
{
    public string Key => IndicatorDefinitions.MaterialsDrawn;

    public async Task<Figure> ComputeAsync(FigureSource ctx, CancellationToken ct)
    {
        var total = await ctx.TotalAsync(ct);
        var submitted = ctx.Cases().Where(c => c.SubmittedAt >= ctx.Start && c.SubmittedAt < ctx.End && c.MaterialsRequired > 0);
        var records = !ctx.Records ? [] : (await submitted.OrderByDescending(c => c.SubmittedAt).Take(IndicatorsHandler.MaxRecords + 1)
                .Select(c => new { c.Number, c.ItemName, c.DepartmentId, c.MaterialsRequired, c.MaterialsDrawn }).ToListAsync(ct))
            .Select(c => new FigureRecord(c.Number, c.ItemName, c.DepartmentId, c.MaterialsDrawn > 0, $"必要材料 {c.MaterialsRequired} 项，平台调用 {c.MaterialsDrawn} 项", $"/cases/{c.Number}")).ToList();
        return new Figure(total.MaterialsDrawn, total.MaterialsRequired, records);
    }
}
