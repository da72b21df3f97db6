using Microsoft.EntityFrameworkCore;

namespace Yiwang.Web.Features.Indicators.Figures.DepartmentCoverage;

/// <summary>行政效能监管覆盖率（部门）</summary>
internal sealed class DepartmentCoverageFigure : IFigure
{
    public string Key => IndicatorDefinitions.CoverageDepartments;

    public async Task<Figure> ComputeAsync(FigureSource ctx, CancellationToken ct)
    {
        var items = await ctx.ItemsAsync(ct);
        var ids = ctx.Scope.DepartmentIds;
        var departments = await ctx.Db.Departments.AsNoTracking().Where(d => ids.Contains(d.Id)).OrderBy(d => d.Code).ToListAsync(ct);
        var perDepartment = items.GroupBy(i => i.DepartmentId).ToDictionary(g => g.Key, g => g.Count());
        var records = departments.Select(d => perDepartment.GetValueOrDefault(d.Id) is var n && n > 0
            ? new FigureRecord(d.Code, d.Name, d.Id, true, $"在用事项 {n} 项", null)
            : new FigureRecord(d.Code, d.Name, d.Id, false, "尚无在用事项", null)).ToList();
        return new Figure(records.Count(r => r.Counted), records.Count, records);
    }
}
