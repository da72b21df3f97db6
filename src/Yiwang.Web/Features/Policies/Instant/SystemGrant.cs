using Yiwang.Web.Common.Time;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Web.Features.Policies.Instant;

/// <summary>
/// 秒批: the system accepts a case, passes every step before the decision and grants it, named as the
/// decider; the decision document is sealed and the result issued by the grant's usual reactions.
/// </summary>
internal sealed class SystemGrant(TimeProvider clock, Calendar.WorkingDayCalendar calendar)
{
    public const string Name = "系统（秒批）";

    /// <exception cref="CaseTransitionException">The case cannot move so (the caller leaves it to ordinary handling).</exception>
    public void Grant(Case c, string review, string reason)
    {
        var actor = new Actor(Name, clock.GetUtcNow(), "system");
        c.Accept(actor, clock.Today(), calendar.Schedule);
        while (c.StepIndex < c.DecisionStep) c.Pass(actor, review);
        c.Decide(actor, Decision.Grant, reason);
    }
}
