using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Features.Hotline;

namespace Yiwang.Web.Features.Indicators.Figures.HotlineRates;

/// <summary>
/// 接诉即办 三率 (北京市接诉即办工作条例 第三十二条) over the tickets the scope's departments lead:
/// 响应率 (signed for by the sign-for limit), 解决率 and 满意率 (at the 回访).
/// </summary>
internal static class HotlineTickets
{
    public static IQueryable<Ticket> Led(FigureSource ctx)
    {
        var ids = ctx.Scope.DepartmentIds;
        return ctx.Db.Tickets.AsNoTracking().Where(t => t.LeadDepartmentId != null && ids.Contains(t.LeadDepartmentId.Value));
    }

    public static FigureRecord Record(string number, string content, int? department, bool counted, string detail) =>
        new(number, content.Length > 40 ? content[..40] + "…" : content, department, counted, detail, $"/hotline/tickets/{number}");
}

/// <summary>响应率: tickets dispatched in the period whose sign-for limit has passed or that were signed, signed for within it.</summary>
internal sealed class HotlineResponseFigure : IFigure
{
    public string Key => IndicatorDefinitions.HotlineResponse;

    public async Task<Figure> ComputeAsync(FigureSource ctx, CancellationToken ct)
    {
        var (from, to, today) = (ctx.From, ctx.To, ctx.Today);
        var rows = await HotlineTickets.Led(ctx).Where(t => t.DispatchedOn >= from && t.DispatchedOn <= to && (t.SignedAt != null || t.SignDue < today))
            .Select(t => new { t.Number, t.Content, t.LeadDepartmentId, t.SignDue, t.SignedAt }).ToListAsync(ct);
        var judged = rows.Select(r => (r, InTime: r.SignedAt is { } at && Common.Time.ChinaTime.Date(at) <= r.SignDue)).ToList();
        var records = !ctx.Records ? [] : judged.Take(IndicatorsHandler.MaxRecords + 1).Select(x => HotlineTickets.Record(x.r.Number, x.r.Content, x.r.LeadDepartmentId, x.InTime,
            x.r.SignedAt is { } at ? $"{Common.Time.ChinaTime.Date(at):yyyy-MM-dd} 签收（期限 {x.r.SignDue:yyyy-MM-dd}）" : $"逾期未签收（期限 {x.r.SignDue:yyyy-MM-dd}）")).ToList();
        return new Figure(judged.Count(x => x.InTime), judged.Count, records);
    }
}

/// <summary>解决率 and 满意率: of the tickets called back in the period, those the caller judged 已解决 / 满意 or 基本满意.</summary>
internal sealed class HotlineCallbackFigure(string key, bool satisfaction) : IFigure
{
    public string Key => key;

    public async Task<Figure> ComputeAsync(FigureSource ctx, CancellationToken ct)
    {
        var (start, end) = (ctx.Start, ctx.End);
        var rows = await HotlineTickets.Led(ctx).Where(t => t.Resolved != null && t.ClosedAt >= start && t.ClosedAt < end)
            .Select(t => new { t.Number, t.Content, t.LeadDepartmentId, t.Resolved, t.Satisfaction }).ToListAsync(ct);
        bool Counted(bool? resolved, Satisfaction? s) => satisfaction ? s is Hotline.Satisfaction.Satisfied or Hotline.Satisfaction.FairlySatisfied : resolved == true;
        var records = !ctx.Records ? [] : rows.Take(IndicatorsHandler.MaxRecords + 1).Select(r => HotlineTickets.Record(r.Number, r.Content, r.LeadDepartmentId, Counted(r.Resolved, r.Satisfaction),
            $"回访：{(r.Resolved == true ? "已解决" : "未解决")}，{r.Satisfaction?.Label()}")).ToList();
        return new Figure(rows.Count(r => Counted(r.Resolved, r.Satisfaction)), rows.Count, records);
    }
}
