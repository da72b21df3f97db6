using Yiwang.Web.Features.Calendar;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.Supervision;

namespace Yiwang.Tests.Features.Cases;

/// <summary>
/// 行政许可法 §32 (five working days to accept or notify), §42 (who may extend, by how much, until when),
/// §45 (special procedures within their maximum) and the 补正 term, on the 2026 calendar with its
/// National Day holiday and 调休 Saturday (10-10).
/// </summary>
public class LegalClockTests
{
    private static readonly WorkingDaySchedule Calendar = CaseStateMachineTests.Calendar;
    private static readonly SupervisionRules Rules = new();
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
    private static Actor On(string day, string who = "clerk") => new(who, CaseDeadlineTests.At(day));

    private static Case Received(string day, int promised = 5, int legal = 20)
    {
        var c = CaseStateMachineTests.NewCase(promised, legal);
        c.Submit(On(day, "张三"));
        return c;
    }

    [Theory] // the day of receipt is not counted; 10-01..10-07 are off, Saturday 10-10 is worked
    [InlineData("2026-09-30", "2026-10-13")]
    [InlineData("2026-10-01", "2026-10-13")]
    [InlineData("2026-10-08", "2026-10-14")]
    [InlineData("2026-09-18", "2026-09-24")] // Sunday 09-20 is a 调休 working day
    public void The_five_days_run_over_holidays_and_adjusted_saturdays(string received, string lastDay) =>
        Assert.Equal(D(lastDay), AcceptanceTerm.LastDay(D(received), Calendar));

    [Fact]
    public void The_latest_late_receipt_is_found_for_the_sweep()
    {
        Assert.Equal(D("2026-10-07"), AcceptanceTerm.LatestReceiptWaited(D("2026-10-14"), AcceptanceTerm.WorkingDays + 1, Calendar)); // late
        Assert.Equal(D("2026-10-09"), AcceptanceTerm.LatestReceiptWaited(D("2026-10-14"), 4, Calendar)); // at risk: 10-10, 12, 13, 14
        Assert.True(AcceptanceTerm.Missed(D("2026-09-30"), D("2026-10-14"), Calendar));
        Assert.False(AcceptanceTerm.Missed(D("2026-09-30"), D("2026-10-13"), Calendar));
    }

    [Fact]
    public void Accepted_on_the_fifth_day_the_clock_starts_then()
    {
        var c = Received("2026-09-30");
        c.Accept(On("2026-10-13"), D("2026-10-13"), Calendar);
        Assert.Equal(D("2026-10-13"), c.AcceptedOn);
        Assert.False(c.AcceptedByLaw);
        Assert.Empty(CardRules.AtEvent(c, CaseAction.Accept));
    }

    [Fact]
    public void Accepted_late_the_clock_runs_from_receipt_and_a_yellow_card_is_due()
    {
        var c = Received("2026-09-30");
        c.Accept(On("2026-10-14"), D("2026-10-14"), Calendar);
        Assert.Equal(D("2026-09-30"), c.AcceptedOn);
        Assert.True(c.AcceptedByLaw);
        Assert.Equal(D("2026-10-13"), c.Due); // 5 working days from 09-30, not from 10-14
        Assert.Contains("第三十二条", c.Events[^1].Detail);
        var card = Assert.Single(CardRules.AtEvent(c, CaseAction.Accept));
        Assert.Equal((CardRule.LateAcceptance, CardLevel.Yellow), (card.Rule, card.Level));
        Assert.Contains("收件之日", c.Explain(Calendar)!.Rule);
    }

    [Fact]
    public void A_late_supplement_notice_does_not_move_the_start_of_the_clock()
    {
        var c = Received("2026-09-30");
        c.RequestSupplement(On("2026-10-14"), ["场所使用证明"], D("2026-10-14"), Calendar);
        Assert.Equal(CardRule.LateAcceptance, Assert.Single(CardRules.AtEvent(c, CaseAction.RequestSupplement)).Rule);
        c.Resubmit(On("2026-10-20", "张三"), ["场所使用证明"]);
        Assert.Equal(D("2026-09-30"), c.ReceivedOn); // the law accepted it at the first receipt
        c.Accept(On("2026-10-21"), D("2026-10-21"), Calendar);
        Assert.Equal(D("2026-09-30"), c.AcceptedOn);
        Assert.Empty(CardRules.AtEvent(c, CaseAction.Accept)); // one breach, one card
    }

    [Fact]
    public void A_timely_supplement_starts_the_five_days_again_from_the_complete_file()
    {
        var c = Received("2026-09-30");
        c.RequestSupplement(On("2026-10-09"), ["场所使用证明"], D("2026-10-09"), Calendar, supplementDays: 30);
        Assert.Equal(D("2026-11-08"), c.SupplementDue);
        Assert.Empty(CardRules.AtEvent(c, CaseAction.RequestSupplement));
        c.Resubmit(On("2026-10-20", "张三"), ["场所使用证明"]);
        Assert.Equal(D("2026-10-20"), c.ReceivedOn);
        Assert.Null(c.SupplementDue);
        c.Accept(On("2026-10-27"), D("2026-10-27"), Calendar); // 10-21..10-27 is the fifth working day
        Assert.Equal(D("2026-10-27"), c.AcceptedOn);
        Assert.False(c.AcceptedByLaw);
    }

    [Fact]
    public void Past_five_days_the_law_accepts_it_from_receipt_with_a_red_card()
    {
        var c = Received("2026-09-30");
        var early = Assert.Throws<CaseTransitionException>(() => c.AcceptByLaw(On("2026-10-13", "系统"), D("2026-10-13"), Calendar));
        Assert.Contains("尚未届满", early.Message);
        Assert.Equal(D("2026-10-14"), CardRules.NextCheck(WatchedCase.Of(c), Rules, Calendar, new HashSet<(CardRule, int)>()));
        Assert.True(WatchedCase.Of(c).DueForAcceptanceByLaw(D("2026-10-14"), Calendar));

        c.AcceptByLaw(On("2026-10-14", "系统"), D("2026-10-14"), Calendar);
        Assert.Equal(CaseStatus.InProgress, c.Status);
        Assert.Equal(D("2026-09-30"), c.AcceptedOn);
        Assert.Equal(D("2026-10-13"), c.Due);
        var card = Assert.Single(CardRules.AtEvent(c, CaseAction.AcceptByLaw));
        Assert.Equal((CardRule.AcceptanceByLaw, CardLevel.Red), (card.Rule, card.Level));
    }

    [Fact]
    public void An_unsupplemented_file_is_closed_only_after_its_term()
    {
        var c = Received("2026-09-30");
        c.RequestSupplement(On("2026-10-09"), ["场所使用证明"], D("2026-10-09"), Calendar, supplementDays: 30);
        var early = Assert.Throws<CaseTransitionException>(() => c.CloseUnsupplemented(On("2026-11-08"), D("2026-11-08")));
        Assert.Contains("2026-11-08 尚未届满", early.Message);
        c.CloseUnsupplemented(On("2026-11-09"), D("2026-11-09"));
        Assert.Equal(CaseStatus.Refused, c.Status);
        Assert.Contains("逾期未补正", c.Events[^1].Detail);
        Assert.Contains("场所使用证明", c.Events[^1].Detail);
    }

    [Theory] // §42 by default, the item's own law where it sets a shorter limit, none for a 即办件
    [InlineData(20, 5, null, 10)]
    [InlineData(30, 10, null, 10)]
    [InlineData(3, 1, null, 0)]
    [InlineData(3, 1, 3, 3)]
    [InlineData(0, 0, null, 0)]
    [InlineData(0, 5, null, 10)]
    public void The_extension_rule_follows_the_item(int legal, int promised, int? own, int days) =>
        Assert.Equal(days, new TimeRules { ExtensionDays = own, ExtensionBasis = own is null ? null : "《市场主体登记管理条例》第十九条" }.Extension(legal, promised).Days);

    [Fact]
    public void An_extension_stays_within_its_rule_once_and_before_the_legal_limit()
    {
        var rule = new TimeRules { ExtensionDays = 3, ExtensionBasis = "《市场主体登记管理条例》第十九条" }.Extension(3, 1);
        var c = Received("2026-11-02", promised: 1, legal: 3);
        c.Accept(On("2026-11-02"), D("2026-11-02"), Calendar);
        Assert.Contains("1至3个工作日", Assert.Throws<CaseTransitionException>(() => c.Extend(On("2026-11-03", "head"), 10, "情况复杂", "王局长", D("2026-11-03"), Calendar, rule)).Message);
        var late = Assert.Throws<CaseTransitionException>(() => c.Extend(On("2026-11-06", "head"), 3, "情况复杂", "王局长", D("2026-11-06"), Calendar, rule));
        Assert.Contains("法定时限 2026-11-05 已过", late.Message);
        c.Extend(On("2026-11-05", "head"), 3, "情况复杂", "王局长", D("2026-11-05"), Calendar, rule);
        Assert.Equal(D("2026-11-06"), c.Due); // 1 + 3 working days from 11-02
        Assert.Equal(D("2026-11-10"), c.LegalDue);
        Assert.Equal("《市场主体登记管理条例》第十九条", c.Extensions[0].Basis);
        Assert.Contains("已延期一次", Assert.Throws<CaseTransitionException>(() => c.Extend(On("2026-11-05", "head"), 1, "x", "王局长", D("2026-11-05"), Calendar, rule)).Message);
        var immediate = Received("2026-11-02", promised: 0, legal: 0);
        immediate.Accept(On("2026-11-02"), D("2026-11-02"), Calendar);
        Assert.Contains("不得延期", Assert.Throws<CaseTransitionException>(() => immediate.Extend(On("2026-11-02", "head"), 1, "x", "王局长", D("2026-11-02"), Calendar)).Message);
    }

    [Fact]
    public void A_special_procedure_stays_within_its_maximum_and_is_watched()
    {
        var c = Received("2026-11-02");
        c.Accept(On("2026-11-02"), D("2026-11-02"), Calendar);
        var hearing = SuspensionLimit.Defaults[SuspensionKind.Hearing];
        var tooLong = Assert.Throws<CaseTransitionException>(() => c.Suspend(On("2026-11-03", "approver"), SuspensionKind.Hearing, "组织听证", "张局长", 30, D("2026-11-03"), hearing));
        Assert.Contains("最长20天", tooLong.Message);
        c.Suspend(On("2026-11-03", "approver"), SuspensionKind.Hearing, "组织听证", "张局长", null, D("2026-11-03"), hearing);
        var s = c.Suspensions[^1];
        Assert.Equal((20, D("2026-11-22")), (s.MaxDays, s.Until));
        Assert.Contains("第四十七条", s.Basis);

        var watched = WatchedCase.Of(c);
        var none = new HashSet<(CardRule, int)>();
        Assert.Equal(D("2026-11-21"), CardRules.NextCheck(watched, Rules, Calendar, none)); // 预警 one day before its last day
        Assert.Empty(CardRules.Due(watched, D("2026-11-20"), Rules, Calendar, none));
        var warning = Assert.Single(CardRules.Due(watched, D("2026-11-21"), Rules, Calendar, none));
        Assert.Equal((CardRule.SuspensionEndsSoon, CardLevel.Warning), (warning.Rule, warning.Level));
        var warned = new HashSet<(CardRule, int)> { (CardRule.SuspensionEndsSoon, 1) };
        Assert.Equal(D("2026-11-23"), CardRules.NextCheck(watched, Rules, Calendar, warned));
        var overrun = Assert.Single(CardRules.Due(watched, D("2026-11-23"), Rules, Calendar, warned));
        Assert.Equal((CardRule.SuspensionOverrun, CardLevel.Yellow), (overrun.Rule, overrun.Level));
        Assert.Null(CardRules.NextCheck(watched, Rules, Calendar, new HashSet<(CardRule, int)> { (CardRule.SuspensionEndsSoon, 1), (CardRule.SuspensionOverrun, 1) }));
    }

    [Fact]
    public void An_items_own_maximum_replaces_the_default()
    {
        var rules = new TimeRules { SuspensionLimits = [new() { Kind = SuspensionKind.Testing, MaxDays = 60, Basis = "《特种设备安全法》检验规定" }] };
        Assert.Equal(60, rules.Limit(SuspensionKind.Testing).MaxDays);
        Assert.Equal(20, rules.Limit(SuspensionKind.Hearing).MaxDays);
    }
}
