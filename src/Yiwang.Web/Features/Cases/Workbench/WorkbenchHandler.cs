using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Calendar;

namespace Yiwang.Web.Features.Cases.Workbench;

/// <param name="WaitingWorkingDays">Working days since the application was received (行政许可法 §32: accept or notify within five).</param>
internal sealed record QueueEntry(string Number, string ItemName, string ApplicantName, string StatusName, string? Step, bool AtDecisionStep, DateOnly? Due, int? RemainingWorkingDays,
    DateOnly? ReceivedOn = null, int? WaitingWorkingDays = null)
{
    /// <summary>§32: past five working days without acceptance or a 补正 notice, the application counts as accepted.</summary>
    public const int AcceptWithinWorkingDays = 5;
}
internal sealed record Queue(string Name, IReadOnlyList<QueueEntry> Cases);

/// <summary>待受理 / 待审查 / 待决定 / 待出件 for the signed-in staff member, most urgent first.</summary>
internal sealed class WorkbenchHandler(YiwangDb db, WorkingDayCalendar calendar, TimeProvider clock, CaseScope scope)
{
    public async Task<List<Queue>> HandleAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var queues = new List<Queue>();
        var today = clock.Today();
        if (user.Meets(Policy.AtWindow) && user.HallId() is { } hallId)
        {
            var departments = await scope.DepartmentsServedByAsync(hallId, ct);
            queues.Add(await QueueAsync("待受理", c => c.Status == CaseStatus.Submitted && departments.Contains(c.DepartmentId), today, ct));
            queues.Add(await QueueAsync("待出件", c => c.Status == CaseStatus.Decided && departments.Contains(c.DepartmentId), today, ct));
        }
        if (user.Meets(Policy.Approval) && user.DepartmentId() is { } dept)
        {
            var me = user.Identity?.Name;
            var chief = user.Meets(Policy.ChiefApproval);
            var open = await QueueAsync("", c => c.DepartmentId == dept && (c.Status == CaseStatus.InProgress || c.Status == CaseStatus.Suspended)
                                                 && (chief || c.Assignee == null || c.Assignee == me), today, ct);
            var atDecision = open.Cases.Where(e => e.AtDecisionStep).ToList();
            queues.Add(new Queue("待审查", open.Cases.Except(atDecision).ToList()));
            queues.Add(new Queue("待决定", atDecision));
            queues.Add(await CountersignQueueAsync(dept, today, ct));
        }
        return queues;
    }

    /// <summary>
    /// Cases another department asked this department to countersign: narrowed in SQL on the JSON
    /// text, confirmed in memory.
    /// </summary>
    private async Task<Queue> CountersignQueueAsync(int dept, DateOnly today, CancellationToken ct)
    {
        var pattern = $"%\"departmentId\":{dept},%";
        var candidates = await db.Cases.FromSql($"SELECT * FROM \"Cases\" WHERE \"Status\" = 'InProgress' AND \"Countersigns\" LIKE {pattern}")
            .AsNoTracking()
            .Select(c => new { Row = new Row(c.Number, c.ItemName, c.ApplicantName, c.Status, c.Steps, c.StepIndex, c.Due, c.SubmittedAt, c.ReceivedOn), c.Countersigns })
            .ToListAsync(ct);
        return new Queue("待会签", candidates.Where(c => c.Countersigns.Any(x => x.DepartmentId == dept && x.Pending))
            .Select(c => Entry(c.Row, today) with { AtDecisionStep = false })
            .OrderBy(e => e.RemainingWorkingDays ?? int.MaxValue).ToList());
    }

    /// <summary>Only the columns a queue shows: no form data to decrypt, no lists it does not need.</summary>
    private async Task<Queue> QueueAsync(string name, System.Linq.Expressions.Expression<Func<Case, bool>> where, DateOnly today, CancellationToken ct)
    {
        var rows = await db.Cases.AsNoTracking().Where(where)
            .Select(c => new Row(c.Number, c.ItemName, c.ApplicantName, c.Status, c.Steps, c.StepIndex, c.Due, c.SubmittedAt, c.ReceivedOn))
            .ToListAsync(ct);
        // Waiting to be accepted: the longest wait first; in handling: the nearest due date first.
        return new Queue(name, rows.Select(r => Entry(r, today))
            .OrderBy(e => e.RemainingWorkingDays ?? -(e.WaitingWorkingDays ?? 0)).ThenBy(e => e.Number)
            .ToList());
    }

    private sealed record Row(string Number, string ItemName, string ApplicantName, CaseStatus Status, List<Catalog.ProcedureStep> Steps, int StepIndex, DateOnly? Due,
        DateTimeOffset? SubmittedAt, DateOnly? ReceivedOn);

    /// <summary>Every case in a queue is open, so its remaining working days run to its due date.</summary>
    private QueueEntry Entry(Row r, DateOnly today)
    {
        var schedule = calendar.Schedule;
        // §32 counts from the receipt of the complete file (a 补正 received starts it again).
        var received = r.ReceivedOn ?? (r.SubmittedAt is { } at ? ChinaTime.Date(at) : null);
        return new QueueEntry(r.Number, r.ItemName, r.ApplicantName, r.Status.Label(), Case.StepNameAt(r.Status, r.Steps, r.StepIndex),
            r.StepIndex >= Case.DecisionStepOf(r.Steps.Count), r.Due,
            r.Due is { } due && schedule.Covers(due) ? schedule.WorkingDaysBetween(today, due).WorkingDays : null,
            received, received is { } from && from <= today && schedule.Covers(from) && schedule.Covers(today) ? schedule.WorkingDaysBetween(from, today).WorkingDays : null);
    }
}
