using Yiwang.Web.Common.Events;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Calendar;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Web.Features.Supervision;

/// <summary>Electronic supervision at every case action: its process violations, and when to look at the case next.</summary>
[EventOrder(EventOrder.Watch)]
internal sealed class CaseActionCards(YiwangDb db, CardIssuer cards, WorkingDayCalendar calendar) : IHandles<CaseActed>
{
    public Task HandleAsync(CaseActed e, CancellationToken ct) => cards.AfterActionAsync(db, e.Case, e.Action, calendar.Schedule, ct);
}
