using Yiwang.Web.Common.Events;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Ratings;

namespace Yiwang.Web.Features.Indicators.Rollup;

/// <summary>
/// A past day's figures change when a decision made on it is recalled, or its case is rated: that
/// day is counted again once the change has committed.
/// </summary>
[EventOrder(EventOrder.Count)]
internal sealed class DecidedDayRecount(DailyRollup rollup, AfterCommit after) : IHandles<DecisionRecalled>, IHandles<CaseRated>
{
    public Task HandleAsync(DecisionRecalled e, CancellationToken ct) => Recount(e.DecidedAt);

    public Task HandleAsync(CaseRated e, CancellationToken ct) => Recount(e.CaseDecidedAt);

    private Task Recount(DateTimeOffset decidedAt)
    {
        after.Add(token => rollup.MarkAsync([decidedAt], token));
        return Task.CompletedTask;
    }
}
