using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Rules;
using Yiwang.Web.Features.Policies.Redeem;

namespace Yiwang.Web.Features.Indicators.Figures.PolicyRedemption;

/// <summary>惠企政策发布数: policies first published in the period (one of whose clauses the scope's departments pay out).</summary>
internal sealed class PoliciesPublishedFigure : IFigure
{
    public string Key => IndicatorDefinitions.PoliciesPublished;

    public async Task<Figure> ComputeAsync(FigureSource ctx, CancellationToken ct)
    {
        var ids = ctx.Scope.DepartmentIds;
        var first = await (from p in ctx.Db.Policies.AsNoTracking()
                           join v in ctx.Db.PolicyVersions.AsNoTracking() on p.Id equals v.PolicyId
                           where v.PublishedAt != null
                           group v by new { p.Code, p.DepartmentId } into g
                           select new { g.Key.Code, g.Key.DepartmentId, First = g.Min(v => v.PublishedAt) }).ToListAsync(ct);
        var current = await Policies.CurrentPolicies.Of(ctx.Db).AsNoTracking().ToListAsync(ct);
        var rows = first.Where(f => f.First >= ctx.Start && f.First < ctx.End)
            .Select(f => (f.Code, f.DepartmentId, f.First, Doc: current.FirstOrDefault(c => c.Code == f.Code)?.Document))
            .Where(f => f.Doc is not null && (ids.Contains(f.DepartmentId) || f.Doc.Clauses.Any(c => ids.Contains(c.DepartmentId)))).ToList();
        var records = rows.Select(r => new FigureRecord(r.Code, r.Doc!.Title, r.DepartmentId, true, $"{r.Doc.DocumentNumber}，{r.First!.Value.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd} 发布，{r.Doc.Clauses.Count} 个条款", $"/policies/{r.Code}")).ToList();
        return new Figure(rows.Count, 1, records);
    }
}

/// <summary>政策找人覆盖率: firms in business found eligible for at least one clause of the scope's departments (matches checked in the period), over firms in business.</summary>
internal sealed class FirmsReachedFigure : IFigure
{
    public string Key => IndicatorDefinitions.FirmsReached;

    public async Task<Figure> ComputeAsync(FigureSource ctx, CancellationToken ct)
    {
        var ids = ctx.Scope.DepartmentIds;
        var firms = await ctx.Db.LegalEntityRecords.AsNoTracking().CountAsync(r => r.Status == "存续" || r.Status == "在业", ct);
        var reached = await ctx.Db.PolicyMatches.AsNoTracking()
            .Where(m => m.Eligible && ids.Contains(m.DepartmentId) && m.CheckedAt >= ctx.Start && m.CheckedAt < ctx.End)
            .GroupBy(m => new { m.CreditCode, m.FirmName }).Select(g => new { g.Key.CreditCode, g.Key.FirmName, Clauses = g.Count(), Amount = g.Sum(m => m.AmountFen ?? 0) })
            .ToListAsync(ct);
        var records = !ctx.Records ? [] : reached.OrderByDescending(r => r.Amount).Take(IndicatorsHandler.MaxRecords + 1)
            .Select(r => new FigureRecord(r.CreditCode, r.FirmName, null, true, $"符合 {r.Clauses} 个条款，预计 {RuleExplainer.Money(r.Amount)}", null)).ToList();
        return new Figure(reached.Count, firms, records);
    }
}

/// <summary>兑现金额: money paid (拨付) in the period by the scope's departments, in 万元.</summary>
internal sealed class AmountPaidFigure : IFigure
{
    public string Key => IndicatorDefinitions.PolicyAmountPaid;

    public async Task<Figure> ComputeAsync(FigureSource ctx, CancellationToken ct)
    {
        var paid = await Paid(ctx).ToListAsync(ct);
        var records = !ctx.Records ? [] : paid.OrderByDescending(e => e.PaidOn).Take(IndicatorsHandler.MaxRecords + 1)
            .Select(e => new FigureRecord(e.Number, $"{e.FirmName}：{e.ClauseTitle}", e.DepartmentId, true, $"{e.PaidOn:yyyy-MM-dd} 拨付 {RuleExplainer.Money(e.PaidFen ?? 0)}（凭证 {e.Voucher}）", null)).ToList();
        return new Figure(paid.Sum(e => e.PaidFen ?? 0) / 1_000_000.0, 1, records);
    }

    public static IQueryable<Entitlement> Paid(FigureSource ctx)
    {
        var ids = ctx.Scope.DepartmentIds;
        var (from, to) = (ctx.From, ctx.To);
        return ctx.Db.Entitlements.AsNoTracking().Where(e => e.State == EntitlementState.Paid && ids.Contains(e.DepartmentId) && e.PaidOn >= from && e.PaidOn <= to);
    }
}

/// <summary>
/// 免申即享兑现占比: payouts in the period made without an application, over all benefits redeemed in it:
/// those payouts and the 快申快享 (and 秒批) applications granted in the period (a grant is the decision to pay).
/// </summary>
internal sealed class NoApplicationShareFigure : IFigure
{
    public string Key => IndicatorDefinitions.NoApplicationShare;

    public async Task<Figure> ComputeAsync(FigureSource ctx, CancellationToken ct)
    {
        var paid = await AmountPaidFigure.Paid(ctx).Select(e => new { e.Number, e.FirmName, e.ClauseTitle, e.DepartmentId, e.PaidFen }).ToListAsync(ct);
        var applied = from a in ctx.Db.PolicyApplications.AsNoTracking()
                      join c in ctx.Cases() on a.CaseNumber equals c.Number
                      where c.Decision == Cases.Decision.Grant && c.DecidedAt >= ctx.Start && c.DecidedAt < ctx.End
                      select new { c.Number, c.ItemName, c.DepartmentId, a.AmountFen };
        var granted = await applied.ToListAsync(ct);
        var records = !ctx.Records ? [] : paid.Take(IndicatorsHandler.MaxRecords + 1)
            .Select(e => new FigureRecord(e.Number, $"{e.FirmName}：{e.ClauseTitle}", e.DepartmentId, true, $"免申即享，{RuleExplainer.Money(e.PaidFen ?? 0)}", null))
            .Concat(granted.Take(IndicatorsHandler.MaxRecords + 1).Select(c => new FigureRecord(c.Number, c.ItemName, c.DepartmentId, false,
                $"申报兑现（快申快享），准予{(c.AmountFen is { } f ? " " + RuleExplainer.Money(f) : "")}", $"/cases/{c.Number}"))).ToList();
        return new Figure(paid.Count, paid.Count + granted.Count, records);
    }
}

/// <summary>秒批占比: decisions in the period made by the system on an item's or a clause's rule, over all decisions.</summary>
internal sealed class InstantShareFigure : IFigure
{
    public string Key => IndicatorDefinitions.InstantShare;

    public async Task<Figure> ComputeAsync(FigureSource ctx, CancellationToken ct)
    {
        var decided = ctx.Cases().Where(c => c.DecidedAt >= ctx.Start && c.DecidedAt < ctx.End && c.Decision != null);
        var all = await decided.CountAsync(ct);
        var bySystem = decided.Where(c => c.DecidedBy == Policies.Instant.SystemGrant.Name);
        var count = await bySystem.CountAsync(ct);
        var records = !ctx.Records ? [] : await FigureSource.CaseRecordsAsync(bySystem, _ => true, _ => "系统自动审批（秒批）", ct);
        return new Figure(count, all, records);
    }
}

/// <summary>平均兑现用时: working days from the firm's confirmation to the payout, against the promised limits (value: share of the promise used).</summary>
internal sealed class RedeemDaysFigure : IFigure
{
    public string Key => IndicatorDefinitions.RedeemDays;

    public async Task<Figure> ComputeAsync(FigureSource ctx, CancellationToken ct)
    {
        var paid = await AmountPaidFigure.Paid(ctx).Where(e => e.ConfirmedAt != null)
            .Select(e => new { e.Number, e.FirmName, e.ClauseTitle, e.DepartmentId, e.ConfirmedAt, e.PaidOn, e.PromisedDays }).ToListAsync(ct);
        var schedule = ctx.Schedule;
        var rows = paid.Select(e =>
        {
            var confirmed = Common.Time.ChinaTime.Date(e.ConfirmedAt!.Value);
            var days = e.PaidOn!.Value <= confirmed ? 0 : schedule.WorkingDaysBetween(confirmed, e.PaidOn.Value).WorkingDays;
            return (e, Days: days);
        }).ToList();
        var records = !ctx.Records ? [] : rows.Take(IndicatorsHandler.MaxRecords + 1)
            .Select(r => new FigureRecord(r.e.Number, $"{r.e.FirmName}：{r.e.ClauseTitle}", r.e.DepartmentId, r.Days <= r.e.PromisedDays,
                $"确认后 {r.Days} 个工作日拨付（承诺 {r.e.PromisedDays} 个工作日）", null)).ToList();
        return new Figure(rows.Sum(r => r.Days), rows.Sum(r => r.e.PromisedDays), records);
    }
}
