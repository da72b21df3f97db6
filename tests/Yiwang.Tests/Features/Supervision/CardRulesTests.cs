using Yiwang.Web.Features.Calendar;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Supervision;

namespace Yiwang.Tests.Features.Supervision;

/// <summary>Each time rule at its boundary, on the official calendar (November 2026 has no holidays; 2026-11-02 is a Monday).</summary>
public class CardRulesTests
{
    private static readonly WorkingDaySchedule Calendar = new(OfficialHolidays.Load().Select(y => y.ToEntity(y.Year, "test", DateTimeOffset.UnixEpoch)));
    private static readonly SupervisionRules Rules = new();
    private static readonly HashSet<(CardRule, int)> None = [];

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static WatchedCase Running(string due, string? legal = null, string stepStarted = "2026-11-02", int stepDays = 4, CaseStatus status = CaseStatus.InProgress) =>
        new(1, "ZJ-1", "食品经营许可", 21, "approver", status, 1,
            [new("受理", 1), new("审查", stepDays), new("决定", 1), new("办结", 0)], D(stepStarted), D(due), legal is null ? null : D(legal));

    private static List<CardRule> Rules_(WatchedCase c, string today, HashSet<(CardRule, int)>? raised = null) =>
        CardRules.Due(c, D(today), Rules, Calendar, raised ?? None).Select(f => f.Rule).ToList();

    [Fact]
    public void Yellow_card_the_day_after_the_promised_limit_not_on_it()
    {
        var c = Running(due: "2026-11-13");
        Assert.DoesNotContain(CardRule.PromisedLimitPassed, Rules_(c, "2026-11-13"));
        Assert.Contains(CardRule.PromisedLimitPassed, Rules_(c, "2026-11-14"));
        Assert.Equal(CardLevel.Yellow, CardRules.Due(c, D("2026-11-14"), Rules, Calendar, None).Single(f => f.Rule == CardRule.PromisedLimitPassed).Level);
    }

    [Fact]
    public void Red_card_after_three_working_days_overdue_counting_no_weekend()
    {
        // Due Friday 13th: Mon 16, Tue 17, Wed 18 are the three working days overdue.
        var c = Running(due: "2026-11-13");
        Assert.DoesNotContain(CardRule.LongOverdue, Rules_(c, "2026-11-17"));
        Assert.Contains(CardRule.LongOverdue, Rules_(c, "2026-11-18"));
        Assert.Equal(D("2026-11-18"), CardRules.LongOverdueFrom(D("2026-11-13"), Rules, Calendar));
    }

    [Fact]
    public void Red_card_the_day_after_the_legal_limit()
    {
        var c = Running(due: "2026-11-13", legal: "2026-11-20");
        Assert.DoesNotContain(CardRule.LegalLimitPassed, Rules_(c, "2026-11-20"));
        Assert.Contains(CardRule.LegalLimitPassed, Rules_(c, "2026-11-23"));
    }

    [Fact]
    public void Warning_when_one_working_day_is_left_on_the_step()
    {
        // 审查 starts Monday 2nd with 4 working days: due Friday 6th; one day left on Thursday 5th.
        var c = Running(due: "2026-11-13");
        Assert.Equal(D("2026-11-06"), CardRules.StepDue(c, Calendar));
        Assert.DoesNotContain(CardRule.StepDueSoon, Rules_(c, "2026-11-04"));
        var warning = CardRules.Due(c, D("2026-11-05"), Rules, Calendar, None).Single(f => f.Rule == CardRule.StepDueSoon);
        Assert.Equal((CardLevel.Warning, 1), (warning.Level, warning.Step));
        Assert.Contains("剩余 1 个工作日", warning.Detail);
    }

    [Fact]
    public void Warning_before_a_weekend_when_the_step_ends_on_monday()
    {
        // Started Tuesday 3rd with 4 days: due Monday 9th; Friday 6th already has only one working day left.
        var c = Running(due: "2026-11-13", stepStarted: "2026-11-03");
        Assert.Equal(D("2026-11-09"), CardRules.StepDue(c, Calendar));
        Assert.Equal(D("2026-11-06"), CardRules.WarnFrom(D("2026-11-09"), 1, Calendar));
        Assert.DoesNotContain(CardRule.StepDueSoon, Rules_(c, "2026-11-05"));
        Assert.Contains(CardRule.StepDueSoon, Rules_(c, "2026-11-06"));
    }

    [Fact]
    public void A_step_never_runs_past_the_case_due_date()
    {
        var c = Running(due: "2026-11-04", stepDays: 10);
        Assert.Equal(D("2026-11-04"), CardRules.StepDue(c, Calendar));
    }

    [Fact]
    public void Raised_cards_are_not_raised_again_and_the_next_check_moves_on()
    {
        var c = Running(due: "2026-11-13", legal: "2026-11-27");
        Assert.Equal(D("2026-11-05"), CardRules.NextCheck(c, Rules, Calendar, None));
        var raised = new HashSet<(CardRule, int)> { (CardRule.StepDueSoon, 1) };
        Assert.Empty(Rules_(c, "2026-11-06", raised));
        Assert.Equal(D("2026-11-14"), CardRules.NextCheck(c, Rules, Calendar, raised));
        raised.Add((CardRule.PromisedLimitPassed, 0));
        Assert.Equal(D("2026-11-18"), CardRules.NextCheck(c, Rules, Calendar, raised));
        raised.Add((CardRule.LongOverdue, 0));
        Assert.Equal(D("2026-11-28"), CardRules.NextCheck(c, Rules, Calendar, raised));
        raised.Add((CardRule.LegalLimitPassed, 0));
        Assert.Null(CardRules.NextCheck(c, Rules, Calendar, raised));
    }

    [Fact]
    public void A_suspended_case_is_not_watched()
    {
        var c = Running(due: "2026-11-13", status: CaseStatus.Suspended);
        Assert.Empty(Rules_(c, "2026-12-31"));
        Assert.Null(CardRules.NextCheck(c, Rules, Calendar, None));
    }

    [Fact]
    public void A_second_supplement_is_a_yellow_card_the_first_is_not()
    {
        var item = new Yiwang.Web.Features.Catalog.ServiceItem { Code = "X", DepartmentId = 1 };
        var version = new Yiwang.Web.Features.Catalog.ServiceItemVersion { CreatedBy = "t", Guide = new() { Name = "测试事项" } };
        var c = Case.Open("ZJ-1", item, version, Guid.NewGuid(), "张三", CaseChannel.Online, Yiwang.Tests.Infrastructure.YiwangFactory.FixedNow);
        var a = new Actor("clerk", Yiwang.Tests.Infrastructure.YiwangFactory.FixedNow);
        c.Submit(a);
        c.RequestSupplement(a, ["身份证"], new DateOnly(2026, 11, 25), Calendar);
        Assert.Empty(CardRules.AtEvent(c, CaseAction.RequestSupplement));
        c.Resubmit(a, ["身份证"]);
        c.RequestSupplement(a, ["营业执照"], new DateOnly(2026, 11, 25), Calendar);
        var card = Assert.Single(CardRules.AtEvent(c, CaseAction.RequestSupplement));
        Assert.Equal((CardRule.RepeatedSupplement, CardLevel.Yellow, 2), (card.Rule, card.Level, card.Step));
    }

    [Fact]
    public void A_step_clock_starts_when_the_case_enters_it()
    {
        var item = new Yiwang.Web.Features.Catalog.ServiceItem { Code = "X", DepartmentId = 1 };
        var version = new Yiwang.Web.Features.Catalog.ServiceItemVersion { CreatedBy = "t", Guide = new() { Name = "测试事项", PromisedLimitDays = 6, Steps = [new() { Name = "受理", Days = 1 }, new() { Name = "审查", Days = 3 }, new() { Name = "决定", Days = 1 }, new() { Name = "办结" }] } };
        var c = Case.Open("ZJ-1", item, version, Guid.NewGuid(), "张三", CaseChannel.Online, Yiwang.Tests.Infrastructure.YiwangFactory.FixedNow);
        c.Submit(new Actor("citizen", DateTimeOffset.Parse("2026-11-02T01:00:00Z")));
        c.Accept(new Actor("clerk", DateTimeOffset.Parse("2026-11-02T02:00:00Z")), D("2026-11-02"), Calendar);
        Assert.Equal(D("2026-11-02"), c.StepStartedOn);
        c.Pass(new Actor("approver", DateTimeOffset.Parse("2026-11-04T02:00:00Z")));
        Assert.Equal(D("2026-11-04"), c.StepStartedOn);
        Assert.Null(c.LegalDue);
    }
}
