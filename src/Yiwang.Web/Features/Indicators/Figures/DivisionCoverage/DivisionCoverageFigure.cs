using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Features.Organization;

namespace Yiwang.Web.Features.Indicators.Figures.DivisionCoverage;

/// <summary>行政效能监管覆盖率 by level (乡镇街道, 村社区): divisions with a hall, or with items their departments carry out.</summary>
internal sealed class DivisionCoverageFigure(string key, DivisionLevel level) : IFigure
{
    public string Key => key;

    public async Task<Figure> ComputeAsync(FigureSource ctx, CancellationToken ct)
    {
        var items = await ctx.ItemsAsync(ct);
        var divisions = (await ctx.Db.Divisions.AsNoTracking().Where(d => d.Level == level).OrderBy(d => d.Code).ToListAsync(ct))
            .Where(d => ctx.Scope.DivisionCode is not { } code || DivisionCodes.IsWithin(d.Code, code)).ToList();
        var halls = (await ctx.Db.Halls.AsNoTracking().Select(h => h.DivisionCode).ToListAsync(ct)).ToHashSet();
        var departmentsWithItems = items.Select(i => i.DepartmentId).ToHashSet();
        var servedDivisions = (await ctx.Db.Departments.AsNoTracking().Select(d => new { d.Id, d.DivisionCode }).ToListAsync(ct))
            .Where(d => departmentsWithItems.Contains(d.Id)).Select(d => d.DivisionCode).ToHashSet();
        var records = divisions.Select(d =>
        {
            var (hall, served) = (halls.Contains(d.Code), servedDivisions.Contains(d.Code));
            return new FigureRecord(d.Code, d.Name, null, hall || served, hall ? "设有服务大厅（站）" : served ? "有本级实施事项" : "尚未纳入平台", null);
        }).ToList();
        return new Figure(records.Count(r => r.Counted), records.Count, records);
    }
}
