using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Events;
using Yiwang.Web.Common.Notifications;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Calendar;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Web.Features.Bundles;

/// <summary>
/// After a calendar year is loaded or corrected: every open 一件事's own due dates (promised and §26's
/// legal limit) are counted again, and each applicant whose 办结期限 moved is told. Its parts are cases
/// and move with them (<see cref="CaseDeadlineRecompute"/>).
/// </summary>
internal sealed class BundleDeadlineRecompute(YiwangDb db, TimeProvider clock, Inbox inbox) : IHandles<CalendarYearLoaded>
{
    public async Task HandleAsync(CalendarYearLoaded e, CancellationToken ct)
    {
        var open = await db.BundleCases.Where(b => b.ClosedAt == null && b.AcceptedOn != null).ToListAsync(ct);
        var now = clock.GetUtcNow();
        foreach (var b in open)
        {
            var before = b.Due;
            if (!b.RecomputeDue(new Actor(e.LoadedBy, now, $"calendar:{e.Year}"), e.Schedule)) continue;
            e.Recounted++;
            if (b.Due != before)
                inbox.Post(b.ApplicantId, now, "办结期限调整",
                    $"因{e.Year}年节假日安排发布，您申请的“{b.BundleName}”（{b.Number}）办结期限由 {before:yyyy-MM-dd} 调整为 {b.Due:yyyy-MM-dd}。", b.Number, sms: true);
        }
    }
}
