using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.Calendar;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Web.Features.Supervision;

/// <summary>What a card would say: rule, level, step, and the facts behind it.</summary>
internal sealed record CardFinding(CardRule Rule, CardLevel Level, int Step, string Detail);

/// <summary>The case facts the time rules read (a projection, so the sweep does not load whole cases).</summary>
internal sealed record WatchedCase(long Id, string Number, string ItemName, int DepartmentId, string? Assignee, CaseStatus Status,
    int StepIndex, IReadOnlyList<ProcedureStepLimit> Steps, DateOnly? StepStartedOn, DateOnly? Due, DateOnly? LegalDue,
    DateOnly? ReceivedOn = null, IReadOnlyList<Suspension>? Suspensions = null)
{
    public static WatchedCase Of(Case c) => new(c.Id, c.Number, c.ItemName, c.DepartmentId, c.Assignee, c.Status, c.StepIndex,
        c.Steps.Select(s => new ProcedureStepLimit(s.Name, s.Days)).ToList(), c.StepStartedOn, c.Due, c.LegalDue, c.ReceivedOn, c.Suspensions);

    /// <summary>Waiting for acceptance past §32's five working days: the sweep accepts it by law.</summary>
    public bool DueForAcceptanceByLaw(DateOnly today, WorkingDaySchedule calendar) =>
        Status == CaseStatus.Submitted && ReceivedOn is { } r && AcceptanceTerm.Missed(r, today, calendar);
}

internal sealed record ProcedureStepLimit(string Name, int Days);

/// <summary>
/// The time rules of electronic supervision, as pure functions of a case, a day and the calendar:
/// which cards are due on that day, and the next day anything could change (so the sweep only
/// looks at a case again on that day, through an index, instead of scanning all open cases).
/// </summary>
internal static class CardRules
{
    /// <summary>Cards due on <paramref name="today"/> that have not been raised yet (<paramref name="raised"/>: rule and step of existing cards).</summary>
    public static List<CardFinding> Due(WatchedCase c, DateOnly today, SupervisionRules rules, WorkingDaySchedule calendar, IReadOnlySet<(CardRule, int)> raised)
    {
        var found = new List<CardFinding>();
        if (c.Status == CaseStatus.Suspended && c.Suspensions is [.., var s] && s.To is null)
        {
            var step = c.Suspensions.Count;
            if (today > s.Until && !raised.Contains((CardRule.SuspensionOverrun, step)))
                found.Add(new(CardRule.SuspensionOverrun, CardLevel.Yellow, step, $"特别程序（{s.Kind.Label()}）自 {s.From:yyyy-MM-dd} 起，已超过最长期限 {s.MaxDays} 天（{s.Until:yyyy-MM-dd}）仍未恢复计时"));
            else if (today >= SuspensionWarnFrom(s, rules) && today <= s.Until && !raised.Contains((CardRule.SuspensionEndsSoon, step)))
                found.Add(new(CardRule.SuspensionEndsSoon, CardLevel.Warning, step, $"特别程序（{s.Kind.Label()}）最长至 {s.Until:yyyy-MM-dd}，请按期结束并恢复计时"));
            return found;
        }
        if (c.Status != CaseStatus.InProgress || c.Due is not { } due) return found;
        if (StepDue(c, calendar) is { } stepDue && !raised.Contains((CardRule.StepDueSoon, c.StepIndex))
            && today >= WarnFrom(stepDue, rules.WarningDaysLeft, calendar))
        {
            var left = calendar.WorkingDaysBetween(today, stepDue).WorkingDays;
            found.Add(new(CardRule.StepDueSoon, CardLevel.Warning, c.StepIndex,
                $"“{c.Steps[c.StepIndex].Name}”环节时限 {stepDue:yyyy-MM-dd}，" + (left >= 0 ? $"剩余 {left} 个工作日" : $"已超 {-left} 个工作日")));
        }
        if (today > due && !raised.Contains((CardRule.PromisedLimitPassed, 0)))
            found.Add(new(CardRule.PromisedLimitPassed, CardLevel.Yellow, 0, $"承诺时限 {due:yyyy-MM-dd} 已过，尚未办结"));
        if (c.LegalDue is { } legal && today > legal && !raised.Contains((CardRule.LegalLimitPassed, 0)))
            found.Add(new(CardRule.LegalLimitPassed, CardLevel.Red, 0, $"法定时限 {legal:yyyy-MM-dd} 已过，尚未办结"));
        if (today >= LongOverdueFrom(due, rules, calendar) && !raised.Contains((CardRule.LongOverdue, 0)))
            found.Add(new(CardRule.LongOverdue, CardLevel.Red, 0, $"超承诺时限 {calendar.WorkingDaysBetween(due, today).WorkingDays} 个工作日仍未办结"));
        return found;
    }

    /// <summary>The next day a rule not yet raised could fire; null when the case is not running (not accepted, suspended, decided or closed).</summary>
    public static DateOnly? NextCheck(WatchedCase c, SupervisionRules rules, WorkingDaySchedule calendar, IReadOnlySet<(CardRule, int)> raised)
    {
        // Waiting for acceptance: the day after §32's fifth working day, when the law accepts it.
        if (c.Status == CaseStatus.Submitted) return c.ReceivedOn is { } received ? AcceptanceTerm.LastDay(received, calendar).AddDays(1) : null;
        if (c.Status == CaseStatus.Suspended && c.Suspensions is [.., var s] && s.To is null)
        {
            var step = c.Suspensions.Count;
            if (!raised.Contains((CardRule.SuspensionEndsSoon, step))) return SuspensionWarnFrom(s, rules);
            return raised.Contains((CardRule.SuspensionOverrun, step)) ? null : s.Until.AddDays(1);
        }
        if (c.Status != CaseStatus.InProgress || c.Due is not { } due) return null;
        var days = new List<DateOnly>();
        if (StepDue(c, calendar) is { } stepDue && !raised.Contains((CardRule.StepDueSoon, c.StepIndex))) days.Add(WarnFrom(stepDue, rules.WarningDaysLeft, calendar));
        if (!raised.Contains((CardRule.PromisedLimitPassed, 0))) days.Add(due.AddDays(1));
        if (c.LegalDue is { } legal && !raised.Contains((CardRule.LegalLimitPassed, 0))) days.Add(legal.AddDays(1));
        if (!raised.Contains((CardRule.LongOverdue, 0))) days.Add(LongOverdueFrom(due, rules, calendar));
        return days.Count == 0 ? null : days.Min();
    }

    /// <summary>The last day of the current step: its working days from the day it began, never later than the case's due date.</summary>
    public static DateOnly? StepDue(WatchedCase c, WorkingDaySchedule calendar)
    {
        if (c.StepStartedOn is not { } start || c.StepIndex < 0 || c.StepIndex >= c.Steps.Count || c.Steps[c.StepIndex].Days <= 0) return null;
        var end = calendar.AddWorkingDays(start, c.Steps[c.StepIndex].Days).Date;
        return c.Due is { } due && due < end ? due : end;
    }

    /// <summary>The first day with at most <paramref name="daysLeft"/> working days left until <paramref name="due"/>.</summary>
    public static DateOnly WarnFrom(DateOnly due, int daysLeft, WorkingDaySchedule calendar)
    {
        var day = due;
        while (calendar.Covers(day.AddDays(-1)) && calendar.WorkingDaysBetween(day.AddDays(-1), due).WorkingDays <= daysLeft) day = day.AddDays(-1);
        return day;
    }

    /// <summary>A special procedure's 预警: <see cref="SupervisionRules.WarningDaysLeft"/> days before its last day (its days are calendar days).</summary>
    public static DateOnly SuspensionWarnFrom(Suspension s, SupervisionRules rules)
    {
        var warn = s.Until.AddDays(-Math.Max(0, rules.WarningDaysLeft));
        return warn < s.From ? s.From : warn;
    }

    /// <summary>The day a case becomes <see cref="SupervisionRules.RedAfterOverdueDays"/> working days overdue.</summary>
    public static DateOnly LongOverdueFrom(DateOnly due, SupervisionRules rules, WorkingDaySchedule calendar) =>
        calendar.AddWorkingDays(due, rules.RedAfterOverdueDays).Date;

    /// <summary>Process violations seen as the action happens.</summary>
    public static List<CardFinding> AtEvent(Case c, CaseAction action)
    {
        var found = new List<CardFinding>();
        if (action == CaseAction.Decide && !c.Events.Any(e => e.Action is CaseAction.Accept or CaseAction.AcceptByLaw))
            found.Add(new(CardRule.DecidedWithoutAcceptance, CardLevel.Red, 0, "办件未经受理即作出决定"));
        if (action == CaseAction.AcceptByLaw)
            found.Add(new(CardRule.AcceptanceByLaw, CardLevel.Red, 0, $"收件（{c.ReceivedOn:yyyy-MM-dd}）后{AcceptanceTerm.WorkingDays}个工作日内未受理、未告知补正，依法视为受理（{AcceptanceTerm.Basis}）"));
        if (c.LateUnderSection32 && action is CaseAction.Accept or CaseAction.RequestSupplement or CaseAction.Refuse)
            found.Add(new(CardRule.LateAcceptance, CardLevel.Yellow, c.Events.Count, $"收件（{c.ReceivedOn:yyyy-MM-dd}）后超过{AcceptanceTerm.WorkingDays}个工作日才{action.Label()}（{AcceptanceTerm.Basis}）"));
        if (action == CaseAction.RequestSupplement && c.SupplementRounds >= 2)
            found.Add(new(CardRule.RepeatedSupplement, CardLevel.Yellow, c.SupplementRounds, $"第 {c.SupplementRounds} 次要求补正（应一次性告知）"));
        return found;
    }
}
