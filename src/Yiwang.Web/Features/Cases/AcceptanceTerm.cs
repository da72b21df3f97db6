using Yiwang.Web.Features.Calendar;

namespace Yiwang.Web.Features.Cases;

/// <summary>
/// 行政许可法 第三十二条: an application is accepted, refused, or answered with one 补正 notice within
/// five working days of its receipt (the day of receipt not counted); past them, it is accepted by law
/// from the day it was received.
/// </summary>
internal static class AcceptanceTerm
{
    public const int WorkingDays = 5;
    public const string Basis = "《中华人民共和国行政许可法》第三十二条";

    /// <summary>The fifth working day after receipt: the last day to accept, refuse or notify.</summary>
    public static DateOnly LastDay(DateOnly receivedOn, WorkingDaySchedule calendar) => calendar.AddWorkingDays(receivedOn, WorkingDays).Date;

    public static bool Missed(DateOnly receivedOn, DateOnly today, WorkingDaySchedule calendar) => today > LastDay(receivedOn, calendar);

    /// <summary>
    /// The latest day of receipt with at least <paramref name="workingDays"/> working days waited by
    /// <paramref name="today"/> (a case received then or earlier has waited that long; six: it is late).
    /// </summary>
    public static DateOnly LatestReceiptWaited(DateOnly today, int workingDays, WorkingDaySchedule calendar)
    {
        var day = today;
        while (calendar.Covers(day.AddDays(-1)) && calendar.WorkingDaysBetween(day, today).WorkingDays < workingDays) day = day.AddDays(-1);
        return day;
    }
}
