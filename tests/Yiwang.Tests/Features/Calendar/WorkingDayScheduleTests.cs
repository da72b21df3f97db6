using Yiwang.Web.Features.Calendar;

namespace Yiwang.Tests.Features.Calendar;

/// <summary>The calendar against the official 2025 and 2026 schedules (国务院办公厅通知).</summary>
public class WorkingDayScheduleTests
{
    private static readonly WorkingDaySchedule Official = new(
        OfficialHolidays.Load().Select(y => y.ToEntity(y.Year, "test", DateTimeOffset.UnixEpoch)));

    private static DateOnly D(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2025-01-26", true, "春节调休")]   // Sunday worked for the Spring Festival
    [InlineData("2025-01-28", false, "春节")]
    [InlineData("2025-02-04", false, "春节")]
    [InlineData("2025-02-08", true, "春节调休")]   // Saturday worked
    [InlineData("2025-10-08", false, "国庆节、中秋节")]
    [InlineData("2025-10-11", true, "国庆节、中秋节调休")]
    [InlineData("2026-02-14", true, "春节调休")]
    [InlineData("2026-02-23", false, "春节")]
    [InlineData("2026-10-01", false, "国庆节")]
    [InlineData("2026-10-10", true, "国庆节调休")]
    [InlineData("2026-10-11", false, null)]        // an ordinary Sunday
    [InlineData("2026-10-12", true, null)]         // an ordinary Monday
    public void Knows_holidays_and_adjusted_working_days(string date, bool working, string? name)
    {
        var day = Official.Day(D(date));
        Assert.Equal(working, day.IsWorkingDay);
        Assert.Equal(name, day.Name);
        Assert.False(day.Provisional);
    }

    [Theory]
    [InlineData("2026-09-30", 5, "2026-10-13")]  // 国庆: 10-08, 10-09, 10-10 (调休 Saturday), 10-12, 10-13
    [InlineData("2026-09-30", 1, "2026-10-08")]
    [InlineData("2026-02-13", 1, "2026-02-14")]  // 春节: the Saturday before is a working day
    [InlineData("2026-02-13", 2, "2026-02-24")]
    [InlineData("2026-02-24", 4, "2026-02-28")]  // 02-25, 26, 27, then the 调休 Saturday
    [InlineData("2025-01-24", 1, "2025-01-26")]
    [InlineData("2025-01-24", 3, "2025-02-05")]
    [InlineData("2025-09-30", 3, "2025-10-11")]
    [InlineData("2025-09-30", 4, "2025-10-13")]
    [InlineData("2025-12-31", 1, "2026-01-04")]  // 元旦 01-01..03 off; Sunday 01-04 is worked
    [InlineData("2025-12-31", 2, "2026-01-05")]
    public void Adds_working_days_without_counting_the_start_day(string from, int days, string expected) =>
        Assert.Equal(D(expected), Official.AddWorkingDays(D(from), days).Date);

    [Theory]
    [InlineData("2026-10-03", "2026-10-08")] // a deadline on a holiday moves to the next working day
    [InlineData("2026-10-12", "2026-10-12")]
    public void Zero_days_lands_on_the_day_or_the_next_working_day(string from, string expected) =>
        Assert.Equal(D(expected), Official.AddWorkingDays(D(from), 0).Date);

    [Theory]
    [InlineData("2026-09-30", "2026-10-13", 5)]
    [InlineData("2026-02-13", "2026-02-28", 6)]
    [InlineData("2026-10-13", "2026-09-30", -5)]
    [InlineData("2026-10-01", "2026-10-07", 0)]
    public void Counts_working_days_from_exclusive_to_inclusive(string from, string to, int expected) =>
        Assert.Equal(expected, Official.WorkingDaysBetween(D(from), D(to)).WorkingDays);

    [Fact]
    public void Adding_then_counting_agrees_over_the_whole_loaded_range()
    {
        for (var d = D("2024-01-01"); d < D("2026-12-01"); d = d.AddDays(3))
            for (var n = 1; n <= 25; n += 6)
                Assert.Equal(n, Official.WorkingDaysBetween(d, Official.AddWorkingDays(d, n).Date).WorkingDays);
    }

    [Fact]
    public void A_year_not_loaded_yet_keeps_the_statutory_holidays_and_is_marked_provisional()
    {
        var day = Official.Day(D("2027-01-01")); // a Friday; 2027's schedule is not published, 元旦 is still a holiday
        Assert.False(day.IsWorkingDay);
        Assert.True(day.Provisional);
        Assert.StartsWith("元旦", day.Name);
        var across = Official.AddWorkingDays(D("2026-12-30"), 3); // 12-31, (元旦, weekend), 01-04, 01-05
        Assert.Equal(D("2027-01-05"), across.Date);
        Assert.True(across.Provisional);
        Assert.False(Official.AddWorkingDays(D("2026-12-01"), 3).Provisional);
    }

    [Theory] // 2027 by the 2024 revision: 除夕 and 初一–初三 (lunar new year 2027-02-06), 清明, 1–2 May, 端午, 中秋, 1–3 October
    [InlineData("2027-02-05", "春节")]
    [InlineData("2027-02-08", "春节")]
    [InlineData("2027-04-05", "清明节")]
    [InlineData("2027-05-01", "劳动节")]
    [InlineData("2027-05-02", "劳动节")]
    [InlineData("2027-06-09", "端午节")]
    [InlineData("2027-09-15", "中秋节")]
    [InlineData("2027-10-03", "国庆节")]
    [InlineData("2028-01-25", "春节")] // 除夕 of 2028 (lunar new year 2028-01-26), a Tuesday
    [InlineData("2028-05-28", "端午节")] // 2028 has a leap fifth month, after the 端午 of the first one
    [InlineData("2023-06-22", "端午节")] // 2023 has a leap second month: the fifth month is the sixth in the year
    public void An_unpublished_year_rests_on_its_statutory_holidays(string date, string name)
    {
        var day = Official.Day(D(date));
        Assert.False(day.IsWorkingDay);
        Assert.True(day.Provisional);
        Assert.Equal(name + "（法定节假日，放假安排未发布）", day.Name);
    }

    [Fact]
    public void The_statutory_days_agree_with_every_published_notice()
    {
        // Each year's notice gives its statutory days (plus the bridging days): the rule must not contradict any of them.
        foreach (var year in new[] { 2024, 2025, 2026 })
            foreach (var (date, name) in StatutoryHolidays.Of(year))
            {
                var day = Official.Day(date);
                Assert.False(day.IsWorkingDay, $"{date} {name}");
                Assert.Contains(name, day.Name); // 2025: "国庆节、中秋节"
            }
        Assert.Equal(13, StatutoryHolidays.Of(2025).Count());
        Assert.Equal(11, StatutoryHolidays.Of(2024).Count());
    }

    [Fact]
    public void More_than_two_years_past_the_last_loaded_year_is_refused()
    {
        Assert.True(Official.Covers(D("2028-12-31")));
        var e = Assert.Throws<CalendarRangeException>(() => Official.Day(D("2029-01-01")));
        Assert.Contains("2028-12-31", e.Message);
        Assert.Throws<CalendarRangeException>(() => Official.AddWorkingDays(D("2028-12-29"), 30));
    }

    [Fact]
    public void Non_working_days_in_between_are_listed_with_their_names()
    {
        var skipped = Official.NonWorkingDays(D("2026-09-30"), D("2026-10-13")).ToList();
        Assert.Equal(8, skipped.Count); // 10-01..10-07 and Sunday 10-11
        Assert.All(skipped.Take(7), d => Assert.Equal("国庆节", d.Name));
    }
}
