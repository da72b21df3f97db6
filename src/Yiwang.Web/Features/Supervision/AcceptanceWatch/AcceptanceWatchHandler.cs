using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Calendar;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Web.Features.Supervision.AcceptanceWatch;

/// <summary>A case waiting for acceptance on the 4th or 5th working day after receipt (§32): accepted by law the day after the 5th.</summary>
internal sealed record AtRiskCase(string Number, string ItemName, string DepartmentName, string Channel, DateOnly ReceivedOn, int WaitingWorkingDays, DateOnly LastDay);

/// <summary>
/// 受理时限监察 (行政许可法 §32): the cases not yet accepted, refused or sent to 补正 whose five working
/// days are nearly out, for the supervisor (every department) or a department (its own).
/// </summary>
internal sealed class AcceptanceWatchHandler(YiwangDb db, WorkingDayCalendar calendar, TimeProvider clock)
{
    /// <summary>Working days waited from which a case is at risk.</summary>
    public const int FromDay = AcceptanceTerm.WorkingDays - 1;

    public async Task<List<AtRiskCase>> ListAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var today = clock.Today();
        var schedule = calendar.Schedule;
        var latest = AcceptanceTerm.LatestReceiptWaited(today, FromDay, schedule);
        var department = OversightScope.DepartmentOf(user);
        if (department is null && !OversightScope.SeesAll(user)) return [];
        var rows = await (from c in db.Cases.AsNoTracking()
                          join d in db.Departments on c.DepartmentId equals d.Id
                          where c.Status == CaseStatus.Submitted && c.ReceivedOn != null && c.ReceivedOn <= latest
                                && (department == null || c.DepartmentId == department)
                          orderby c.ReceivedOn, c.Number
                          select new { c.Number, c.ItemName, Department = d.Name, c.Channel, ReceivedOn = c.ReceivedOn!.Value })
            .Take(500).ToListAsync(ct);
        return rows.Select(r => new AtRiskCase(r.Number, r.ItemName, r.Department, r.Channel == CaseChannel.Online ? "网上申请" : "窗口申请", r.ReceivedOn,
            schedule.WorkingDaysBetween(r.ReceivedOn, today).WorkingDays, AcceptanceTerm.LastDay(r.ReceivedOn, schedule))).ToList();
    }
}
