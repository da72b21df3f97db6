namespace Yiwang.Web.Features.Calendar;

/// <summary>One year's official schedule (国务院办公厅关于YYYY年部分节假日安排的通知) as loaded by an admin.</summary>
public sealed partial class CalendarYear
{
    public int Year { get; init; }
    public required string Notice { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public DateTimeOffset LoadedAt { get; set; }
    public required string LoadedBy { get; set; }
    public List<CalendarDay> Days { get; init; } = [];
}

/// <summary>A day that differs from the weekday rule: a public holiday (放假) or an adjusted working day (调休上班).</summary>
public sealed class CalendarDay
{
    public DateOnly Date { get; init; }
    public int Year { get; init; }
    public CalendarDayKind Kind { get; init; }
    /// <summary>国庆节; for an adjusted working day, the holiday it serves (国庆节 → shown as 国庆节调休).</summary>
    public required string Name { get; init; }
}

public enum CalendarDayKind { Holiday, AdjustedWorkingDay }

/// <summary>
/// A year's schedule was loaded or corrected and the calendar follows it: whatever runs on working
/// days (a case's due date) is counted again. Those that react add what they changed to <see cref="Recounted"/>.
/// </summary>
public sealed record CalendarYearLoaded(int Year, string LoadedBy, WorkingDaySchedule Schedule) : Common.Events.IDomainEvent
{
    public int Recounted { get; set; }
}

public sealed partial class CalendarYear : Common.Events.EventRecordingEntity
{
    /// <summary>Announces the year once the calendar has been reloaded with it.</summary>
    public CalendarYearLoaded Loaded(WorkingDaySchedule schedule)
    {
        var e = new CalendarYearLoaded(Year, LoadedBy, schedule);
        Record(e);
        return e;
    }
}
