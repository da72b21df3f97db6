using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Tests.Features.Cases;

/// <summary>Clock suspension, extension and the explanation of a due date.</summary>
public class CaseDeadlineTests
{
    private static readonly DateTimeOffset T = new(2026, 9, 30, 2, 0, 0, TimeSpan.Zero);
    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
    private static readonly Yiwang.Web.Features.Calendar.WorkingDaySchedule Calendar = CaseStateMachineTests.Calendar;

    /// <summary>10:00 Beijing time on a day.</summary>
    internal static DateTimeOffset At(string day) => new(D(day).ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(8));

    private static Case Accepted(string on, int promised = 5)
    {
        var c = CaseStateMachineTests.NewCase(promised);
        c.Submit(new Actor("张三", At(on))); // received the day it is accepted
        c.Accept(new Actor("clerk", T), D(on), Calendar);
        return c;
    }

    [Fact]
    public void Suspension_stops_the_clock_for_its_working_days()
    {
        var c = Accepted("2026-11-02"); // Monday; due Monday 11-09
        Assert.Equal(D("2026-11-09"), c.Due);
        c.Suspend(new Actor("approver", T), SuspensionKind.ExpertReview, "组织专家评审", "张局长", 10, D("2026-11-03"));
        Assert.Equal(CaseStatus.Suspended, c.Status);
        c.Resume(new Actor("approver", T), D("2026-11-05"), Calendar); // Tue..Thu: 3 working days stopped
        Assert.Equal(D("2026-11-12"), c.Due);
    }

    [Fact]
    public void Extension_adds_approved_working_days()
    {
        var c = Accepted("2026-11-02");
        c.Extend(new Actor("approver", T), 10, "情况复杂", "张局长", D("2026-11-06"), Calendar);
        Assert.Equal(D("2026-11-23"), c.Due); // 15 working days after 11-02
    }

    [Fact]
    public void Explanation_names_the_rule_the_start_and_the_skipped_days()
    {
        var c = Accepted("2026-09-30");
        var x = c.Explain(Calendar)!;
        Assert.Contains("承诺时限 5 个工作日", x.Rule);
        Assert.Contains("受理当日不计", x.Rule);
        Assert.Equal(D("2026-09-30"), x.Start);
        Assert.Equal(D("2026-10-13"), x.Due);
        Assert.Equal(8, x.SkippedDays.Count);
        Assert.Contains(x.SkippedDays, d => d.Name == "国庆节");
        Assert.False(x.Provisional);
    }

    [Fact]
    public void A_deadline_in_an_unloaded_year_is_provisional_and_recomputed_when_the_year_is_loaded()
    {
        var c = Accepted("2027-02-01"); // 2027 has no notice yet: the statutory 除夕 and 初一–初三 (02-05..02-08) stand
        Assert.True(c.DueProvisional);
        Assert.Equal(D("2027-02-10"), c.Due); // 02-02, 03, 04, 09, 10
        var with2027 = new Yiwang.Web.Features.Calendar.WorkingDaySchedule(
            Yiwang.Web.Features.Calendar.OfficialHolidays.Load().Select(y => y.ToEntity(y.Year, "t", T))
                .Append(new Yiwang.Web.Features.Calendar.LoadYearRequest("2027", null,
                    [new("春节", D("2027-02-06"), D("2027-02-13"))], [new(D("2027-02-14"), "春节")]).ToEntity(2027, "t", T)));
        Assert.True(c.RecomputeDue(new Actor("system", T), with2027));
        Assert.Equal(D("2027-02-14"), c.Due); // 02-02..02-05, then the 调休 Sunday 02-14
        Assert.False(c.DueProvisional);
        Assert.Equal(CaseAction.RecomputeDue, c.Events[^1].Action);
        Assert.Contains("2027-02-10", c.Events[^1].Detail);
    }

    [Fact]
    public void An_immediate_case_is_due_the_day_it_is_accepted_even_on_a_weekend()
    {
        Assert.Equal(D("2026-11-29"), Accepted("2026-11-29", promised: 0).Due); // Sunday, a hall open at the weekend
        Assert.Equal(D("2026-11-30"), Accepted("2026-11-29", promised: 1).Due);
        Assert.Equal(D("2026-11-30"), Accepted("2026-11-30", promised: 0).Due);
    }

    [Fact]
    public void Remaining_working_days_go_negative_when_overdue()
    {
        var c = Accepted("2026-11-02");
        Assert.Equal(5, c.RemainingWorkingDays(D("2026-11-02"), Calendar));
        Assert.Equal(-1, c.RemainingWorkingDays(D("2026-11-10"), Calendar));
    }
}
