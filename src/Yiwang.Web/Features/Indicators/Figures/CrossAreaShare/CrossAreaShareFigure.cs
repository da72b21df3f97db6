using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Features.Organization;

namespace Yiwang.Web.Features.Indicators.Figures.CrossAreaShare;

/// <summary>通办办件占比：市域通办 (accepted at a hall that does not serve the case's department) and 跨省通办 代收代办, over all acceptances.</summary>
internal sealed class CrossAreaShareFigure : IFigure
{
    public string Key => IndicatorDefinitions.CrossAreaShare;

    public async Task<Figure> ComputeAsync(FigureSource ctx, CancellationToken ct)
    {
        var accepted = (await ctx.TotalAsync(ct)).Accepted;
        var halls = await ctx.Db.Halls.AsNoTracking().Select(h => new { h.Id, h.Name, h.DivisionCode, Stationed = h.Windows.Where(w => w.DepartmentId != null).Select(w => w.DepartmentId!.Value).ToList() }).ToListAsync(ct);
        var departments = await ctx.Db.Departments.AsNoTracking().Select(d => new { d.Id, d.DivisionCode }).ToListAsync(ct);
        var acceptedAtHalls = ctx.Cases().Where(c => c.AcceptedAt >= ctx.Start && c.AcceptedAt < ctx.End && c.AcceptedHallId != null);
        var (count, records) = (0, new List<FigureRecord>());
        foreach (var h in halls)
        {
            var local = departments.Where(d => HallCoverage.Serves(h.DivisionCode, h.Stationed, d.Id, d.DivisionCode)).Select(d => d.Id).ToList();
            var remote = acceptedAtHalls.Where(c => c.AcceptedHallId == h.Id && !local.Contains(c.DepartmentId));
            count += await remote.CountAsync(ct);
            if (ctx.Records)
                records.AddRange((await remote.OrderByDescending(c => c.AcceptedAt).Take(IndicatorsHandler.MaxRecords + 1).Select(c => new { c.Number, c.ItemName, c.DepartmentId }).ToListAsync(ct))
                    .Select(c => new FigureRecord(c.Number, c.ItemName, c.DepartmentId, true, $"市域通办：{h.Name}受理", $"/cases/{c.Number}")));
        }
        var proxies = await ctx.ProxiesAsync(ct);
        var proxyCount = await proxies.CountAsync(ct);
        if (ctx.Records)
            records.AddRange((await proxies.OrderByDescending(p => p.ReceivedAt).Take(IndicatorsHandler.MaxRecords + 1).ToListAsync(ct))
                .Select(p => new FigureRecord(p.Number, p.ItemName, null, true, $"跨省通办：代收{p.Province}{p.OfficeName}（{CrossArea.ProxyStatusNames.Label(p.Status)}）", "/staff/cross-province")));
        return new Figure(count + proxyCount, accepted + proxyCount, records);
    }
}
