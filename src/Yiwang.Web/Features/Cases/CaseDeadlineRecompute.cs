using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Events;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Calendar;

namespace Yiwang.Web.Features.Cases;

/// <summary>After a calendar year is loaded or corrected: recompute every open case's due date and log it on the case.</summary>
internal sealed class CaseDeadlineRecompute(YiwangDb db, TimeProvider clock) : IHandles<CalendarYearLoaded>
{
    public async Task HandleAsync(CalendarYearLoaded e, CancellationToken ct) => e.Recounted += await RecomputeAsync(e.Year, e.LoadedBy, e.Schedule, ct);

    private async Task<int> RecomputeAsync(int year, string actor, WorkingDaySchedule calendar, CancellationToken ct)
    {
        var open = await db.Cases.Include(c => c.Events)
            .Where(c => c.AcceptedOn != null && c.Due != null
                        && (c.Status == CaseStatus.InProgress || c.Status == CaseStatus.Suspended || c.Status == CaseStatus.Decided))
            .ToListAsync(ct);
        // RecomputeDue logs only the cases whose due date actually moves.
        var changed = open.Count(c => c.RecomputeDue(new Actor(actor, clock.GetUtcNow(), $"calendar:{year}"), calendar));
        // Electronic supervision looks at every open case again under the new calendar.
        foreach (var c in open.Where(c => c.Status == CaseStatus.InProgress)) c.ScheduleCheck(clock.Today());
        // The recomputed cases' own events (DueRecomputed) are not for other features: the calendar's change is told once, here.
        foreach (var c in open) c.TakeEvents();
        return changed;
    }
}
