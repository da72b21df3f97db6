using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Events;
using Yiwang.Web.Common.Notifications;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Calendar;

namespace Yiwang.Web.Features.Cases;

/// <summary>
/// After a calendar year is loaded or corrected: recompute every open case's due date, log it on the
/// case, and tell each applicant whose due date moved (an in-site message and an SMS).
/// </summary>
internal sealed class CaseDeadlineRecompute(YiwangDb db, TimeProvider clock, Inbox inbox) : IHandles<CalendarYearLoaded>
{
    public async Task HandleAsync(CalendarYearLoaded e, CancellationToken ct) => e.Recounted += await RecomputeAsync(e.Year, e.LoadedBy, e.Schedule, ct);

    private async Task<int> RecomputeAsync(int year, string actor, WorkingDaySchedule calendar, CancellationToken ct)
    {
        var open = await db.Cases.Include(c => c.Events)
            .Where(c => c.AcceptedOn != null && c.Due != null
                        && (c.Status == CaseStatus.InProgress || c.Status == CaseStatus.Suspended || c.Status == CaseStatus.Decided))
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        var changed = 0;
        foreach (var c in open)
        {
            var before = c.Due;
            // RecomputeDue logs only the cases whose due date (or its provisional mark) actually moves.
            if (!c.RecomputeDue(new Actor(actor, now, $"calendar:{year}"), calendar)) continue;
            changed++;
            if (c.Due != before && c.ApplicantId is { } to)
                inbox.Post(to, now, "办结期限调整", $"因{year}年节假日安排发布，您申请的“{c.ItemName}”（{c.Number}）办结期限由 {before:yyyy-MM-dd} 调整为 {c.Due:yyyy-MM-dd}。", c.Number, sms: true);
        }
        // Electronic supervision looks at every open case again under the new calendar.
        foreach (var c in open.Where(c => c.Status == CaseStatus.InProgress)) c.ScheduleCheck(clock.Today());
        // The recomputed cases' own events (DueRecomputed) are not for other features: the calendar's change is told once, here.
        foreach (var c in open) c.TakeEvents();
        return changed;
    }
}
