using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Calendar;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Web.Features.Supervision;

/// <summary>
/// The current thresholds, read once a minute (or at once after a change in this process): every
/// case action consults them, and they change a few times a year.
/// </summary>
internal sealed class SupervisionSettings(IServiceScopeFactory scopes, TimeProvider clock) : Ratings.IRectificationTerm
{
    private static readonly TimeSpan Fresh = TimeSpan.FromMinutes(1);
    private (SupervisionRules Rules, DateTimeOffset ReadAt)? _current;

    public async Task<SupervisionRules> RulesAsync(CancellationToken ct)
    {
        if (_current is { } c && clock.GetUtcNow() - c.ReadAt < Fresh) return c.Rules;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<YiwangDb>();
        var rules = await db.SupervisionRules.AsNoTracking().SingleOrDefaultAsync(ct) ?? new SupervisionRules();
        _current = (rules, clock.GetUtcNow());
        return rules;
    }

    public void Forget() => _current = null;

    async Task<int> Ratings.IRectificationTerm.WorkingDaysAsync(CancellationToken ct) => (await RulesAsync(ct)).RectifyWithinDays;
}

/// <summary>
/// Raises cards. At a case action: the process violations of that action, in the same transaction,
/// and the day supervision must look at the case next. In the sweep: the time rules of every case
/// whose day has come (<see cref="SupervisionSweep"/>).
/// </summary>
internal sealed class CardIssuer(SupervisionSettings settings, TimeProvider clock)
{
    public async Task AfterActionAsync(YiwangDb db, Case c, CaseAction action, WorkingDaySchedule calendar, CancellationToken ct)
    {
        var rules = await settings.RulesAsync(ct);
        var today = clock.Today();
        foreach (var f in CardRules.AtEvent(c, action))
            db.Add(Card.Raise(f with { Step = f.Rule == CardRule.DecidedWithoutAcceptance ? c.Events.Count : f.Step },
                c.Id, c.Number, c.ItemName, c.DepartmentId, c.Assignee, clock.GetUtcNow(), today, AnswerDue(today, rules, calendar)));
        // Cards already raised are not looked up here: if the day is one already dealt with, the sweep finds nothing new and moves on.
        c.ScheduleCheck(CardRules.NextCheck(WatchedCase.Of(c), rules, calendar, new HashSet<(CardRule, int)>()));
    }

    public static DateOnly AnswerDue(DateOnly today, SupervisionRules rules, WorkingDaySchedule calendar) =>
        calendar.AddWorkingDays(today, rules.AnswerWithinDays).Date;
}
