using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Accounts;
using Yiwang.Web.Features.Calendar;

namespace Yiwang.Web.Features.Cases.Workbench;

public sealed record QueueEntry(string Number, string ItemName, string ApplicantName, string StatusName, string? Step, bool AtDecisionStep, DateOnly? Due, int? RemainingWorkingDays);
public sealed record Queue(string Name, IReadOnlyList<QueueEntry> Cases);

/// <summary>待受理 / 待审查 / 待决定 / 待出件 for the signed-in staff member, most urgent first.</summary>
public sealed class WorkbenchHandler(YiwangDb db, WorkingDayCalendar calendar, TimeProvider clock, CaseScope scope)
{
    public async Task<List<Queue>> HandleAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var queues = new List<Queue>();
        var today = clock.Today();
        if ((user.IsInRole(StaffRole.WindowClerk) || user.IsInRole(StaffRole.ChiefApprover)) && user.HallId() is { } hallId)
        {
            var departments = await scope.DepartmentsServedByAsync(hallId, ct);
            queues.Add(await QueueAsync("待受理", c => c.Status == CaseStatus.Submitted && departments.Contains(c.DepartmentId), today, ct));
            queues.Add(await QueueAsync("待出件", c => c.Status == CaseStatus.Decided && departments.Contains(c.DepartmentId), today, ct));
        }
        if ((user.IsInRole(StaffRole.Approver) || user.IsInRole(StaffRole.ChiefApprover)) && user.DepartmentId() is { } dept)
        {
            var me = user.Identity?.Name;
            var chief = user.IsInRole(StaffRole.ChiefApprover);
            var open = await QueueAsync("", c => c.DepartmentId == dept && (c.Status == CaseStatus.InProgress || c.Status == CaseStatus.Suspended)
                                                 && (chief || c.Assignee == null || c.Assignee == me), today, ct);
            var atDecision = open.Cases.Where(e => e.AtDecisionStep).ToList();
            queues.Add(new Queue("待审查", open.Cases.Except(atDecision).ToList()));
            queues.Add(new Queue("待决定", atDecision));
            queues.Add(await CountersignQueueAsync(dept, today, ct));
        }
        return queues;
    }

    /// <summary>Cases another department asked this department to countersign (narrowed in SQL on the JSON text, confirmed in memory).</summary>
    private async Task<Queue> CountersignQueueAsync(int dept, DateOnly today, CancellationToken ct)
    {
        var pattern = $"%\"departmentId\":{dept},%";
        var candidates = await db.Cases.FromSql($"SELECT * FROM \"Cases\" WHERE \"Status\" = 'InProgress' AND \"Countersigns\" LIKE {pattern}")
            .AsNoTracking().ToListAsync(ct);
        var schedule = calendar.Schedule;
        return new Queue("待会签", candidates.Where(c => c.Countersigns.Any(x => x.DepartmentId == dept && x.Pending))
            .Select(c => new QueueEntry(c.Number, c.ItemName, c.ApplicantName, c.Status.Label(), c.CurrentStepName, false, c.Due,
                c.Due is null || !schedule.Covers(c.Due.Value) ? null : c.RemainingWorkingDays(today, schedule)))
            .OrderBy(e => e.RemainingWorkingDays ?? int.MaxValue).ToList());
    }

    private async Task<Queue> QueueAsync(string name, System.Linq.Expressions.Expression<Func<Case, bool>> where, DateOnly today, CancellationToken ct)
    {
        var schedule = calendar.Schedule;
        var rows = await db.Cases.AsNoTracking().Where(where).ToListAsync(ct);
        return new Queue(name, rows
            .Select(c => new QueueEntry(c.Number, c.ItemName, c.ApplicantName, c.Status.Label(), c.CurrentStepName, c.StepIndex >= c.DecisionStep, c.Due,
                c.Due is null || !schedule.Covers(c.Due.Value) ? null : c.RemainingWorkingDays(today, schedule)))
            .OrderBy(e => e.RemainingWorkingDays ?? int.MaxValue).ThenBy(e => e.Number)
            .ToList());
    }
}
