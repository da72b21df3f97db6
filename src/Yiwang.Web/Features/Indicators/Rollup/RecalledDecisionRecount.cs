using Yiwang.Web.Common.Events;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Web.Features.Indicators.Rollup;

/// <summary>A recalled decision changes the figures of the day it was made on: that day is counted again once the recall has committed.</summary>
[EventOrder(EventOrder.Count)]
public sealed class RecalledDecisionRecount(DailyRollup rollup, AfterCommit after) : IHandles<DecisionRecalled>
{
    public Task HandleAsync(DecisionRecalled e, CancellationToken ct)
    {
        after.Add(token => rollup.MarkAsync([e.DecidedAt], token));
        return Task.CompletedTask;
    }
}
