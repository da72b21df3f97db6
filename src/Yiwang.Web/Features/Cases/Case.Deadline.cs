using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.Calendar;

namespace Yiwang.Web.Features.Cases;

/// <summary>How a due date was reached: the answer to "why is my due date this day".</summary>
public sealed record DeadlineExplanation(
    string Rule,
    DateOnly Start,
    int BaseDays,
    IReadOnlyList<SuspensionSpan> Suspensions,
    IReadOnlyList<Extension> Extensions,
    IReadOnlyList<DayInfo> SkippedDays,
    DateOnly Due,
    bool Provisional);

public sealed record SuspensionSpan(SuspensionKind Kind, string Reason, string Approver, DateOnly From, DateOnly? To, int WorkingDays);

public sealed partial class Case
{
    /// <summary>
    /// Promised working days, plus approved extensions, plus working days spent in closed suspensions.
    /// A 即办件 is due the day it is accepted, even a weekend day at a hall open then (周末不打烊).
    /// </summary>
    private void ComputeDue(WorkingDaySchedule calendar)
    {
        var added = Extensions.Sum(e => e.Days) + Spans(calendar).Sum(s => s.WorkingDays);
        var result = PromisedDays + added == 0 ? new WorkingDayResult(AcceptedOn!.Value, false) : calendar.AddWorkingDays(AcceptedOn!.Value, PromisedDays + added);
        Due = result.Date;
        DueProvisional = result.Provisional;
        LegalDue = LegalDays > 0 ? calendar.AddWorkingDays(AcceptedOn.Value, LegalDays + added).Date : null;
    }

    private IEnumerable<SuspensionSpan> Spans(WorkingDaySchedule calendar) =>
        Suspensions.Select(s => new SuspensionSpan(s.Kind, s.Reason, s.Approver, s.From, s.To,
            s.To is { } to ? calendar.WorkingDaysBetween(s.From.AddDays(-1), to).WorkingDays : 0));

    public DeadlineExplanation? Explain(WorkingDaySchedule calendar)
    {
        if (AcceptedOn is not { } start || Due is not { } due) return null;
        var rule = PromisedDays == 0
            ? "即办件：受理当日办结"
            : $"承诺时限 {PromisedDays} 个工作日（法定时限 {(LegalDays == 0 ? "无" : LegalDays + " 个工作日")}），自受理次日起按工作日计算，受理当日不计；节假日顺延";
        if (AcceptedByLaw)
            rule += $"。收件后{AcceptanceTerm.WorkingDays}个工作日内未依法受理或告知补正，依{AcceptanceTerm.Basis}自收件之日（{start:yyyy-MM-dd}）起计算";
        return new DeadlineExplanation(rule, start, PromisedDays, Spans(calendar).ToList(), Extensions,
            calendar.NonWorkingDays(start, due).ToList(), due, DueProvisional);
    }

    /// <summary>Working days left until the due date (negative when overdue); null before acceptance.</summary>
    public int? RemainingWorkingDays(DateOnly today, WorkingDaySchedule calendar) =>
        Due is { } due && IsOpen ? calendar.WorkingDaysBetween(today, due).WorkingDays : null;
}
