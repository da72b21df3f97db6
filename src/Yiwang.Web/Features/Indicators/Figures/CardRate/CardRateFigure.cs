using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Organization;
using Yiwang.Web.Features.Supervision;

namespace Yiwang.Web.Features.Indicators.Figures.CardRate;

/// <summary>红黄牌发生率</summary>
internal sealed class CardRateFigure : IFigure
{
    public string Key => IndicatorDefinitions.CardRate;

    public async Task<Figure> ComputeAsync(FigureSource ctx, CancellationToken ct)
    {
        var cards = ctx.Cards();
        var accepted = (await ctx.TotalAsync(ct)).Accepted;
        var count = await cards.CountAsync(ct);
        var records = !ctx.Records ? [] : (await cards.OrderByDescending(k => k.RaisedAt).Take(IndicatorsHandler.MaxRecords + 1).ToListAsync(ct))
            .Select(k => new FigureRecord(k.CaseNumber, $"{k.Level.Label()}：{k.Rule.Label()}", k.DepartmentId, true, k.Detail, $"/staff/supervision/cards/{k.Id}")).ToList();
        return new Figure(count, accepted, records);
    }
}
