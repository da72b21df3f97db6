namespace Yiwang.Web.Features.Calendar;

/// <summary>The answer to a calendar question, and whether it rests on a year not loaded yet.</summary>
public readonly record struct DayInfo(DateOnly Date, bool IsWorkingDay, string? Name, bool Provisional);

public readonly record struct WorkingDayResult(DateOnly Date, bool Provisional);

/// <summary>
/// Working-day arithmetic on the official schedule. Immutable; built once per calendar change.
/// Every day from <see cref="FirstDay"/> to <see cref="LastDay"/> (two years past the last loaded
/// year) has a kind; years with no loaded schedule follow the weekday rule and the statutory
/// holidays of 《全国年节及纪念日放假办法》 (<see cref="StatutoryHolidays"/>), and make every answer
/// that touches them provisional. "Add N working days" does not count the start day and
/// always lands on a working day: two array reads.
/// </summary>
public sealed class WorkingDaySchedule
{
    public const int FirstYear = 2000;
    public const int YearsPastLastLoaded = 2;
    private readonly int _firstDayNumber;
    private readonly bool[] _working;
    private readonly int[] _workingUpTo;   // working days in [FirstDay, day], inclusive
    private readonly int[] _workingDays;   // day offsets of the working days, in order
    private readonly bool[] _loadedYears;  // by year - FirstYear
    private readonly Dictionary<DateOnly, string> _names;

    public DateOnly FirstDay { get; }
    public DateOnly LastDay { get; }
    public int? LastLoadedYear { get; }
    public IReadOnlyList<int> LoadedYears { get; }

    /// <param name="years">The official schedules loaded.</param>
    /// <param name="thisYear">The current year (from the clock): with no year loaded, the weekday rule covers up to it plus <see cref="YearsPastLastLoaded"/>.</param>
    public WorkingDaySchedule(IEnumerable<CalendarYear> years, int? thisYear = null)
    {
        var loaded = years.OrderBy(y => y.Year).ToList();
        LoadedYears = loaded.Select(y => y.Year).ToList();
        LastLoadedYear = loaded.Count == 0 ? null : loaded[^1].Year;
        FirstDay = new DateOnly(FirstYear, 1, 1);
        LastDay = new DateOnly(Math.Max(LastLoadedYear ?? FirstYear, thisYear ?? FirstYear) + YearsPastLastLoaded, 12, 31);
        _firstDayNumber = FirstDay.DayNumber;
        var count = LastDay.DayNumber - _firstDayNumber + 1;
        _working = new bool[count];
        for (var i = 0; i < count; i++)
            _working[i] = DateOnly.FromDayNumber(_firstDayNumber + i).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
        _names = [];
        _loadedYears = new bool[LastDay.Year - FirstYear + 1];
        // A year without its notice still keeps the statutory holidays (provisional: the notice may add 调休 around them).
        var loadedSet = loaded.Select(y => y.Year).ToHashSet();
        for (var year = FirstYear; year <= LastDay.Year; year++)
        {
            if (loadedSet.Contains(year)) continue;
            foreach (var (date, name) in StatutoryHolidays.Of(year))
            {
                _working[date.DayNumber - _firstDayNumber] = false;
                _names[date] = name + "（法定节假日，放假安排未发布）";
            }
        }
        foreach (var y in loaded.Where(y => y.Year >= FirstYear))
        {
            _loadedYears[y.Year - FirstYear] = true;
            foreach (var d in y.Days)
            {
                _working[d.Date.DayNumber - _firstDayNumber] = d.Kind == CalendarDayKind.AdjustedWorkingDay;
                _names[d.Date] = d.Kind == CalendarDayKind.AdjustedWorkingDay ? d.Name + "调休" : d.Name;
            }
        }
        _workingUpTo = new int[count];
        var days = new List<int>(count * 5 / 7 + 16);
        for (int i = 0, n = 0; i < count; i++)
        {
            if (_working[i]) { n++; days.Add(i); }
            _workingUpTo[i] = n;
        }
        _workingDays = [.. days];
    }

    public bool Covers(DateOnly date) => date >= FirstDay && date <= LastDay;

    public bool IsLoaded(int year) => year >= FirstYear && year - FirstYear < _loadedYears.Length && _loadedYears[year - FirstYear];

    public DayInfo Day(DateOnly date)
    {
        Guard(date);
        return new DayInfo(date, _working[date.DayNumber - _firstDayNumber], _names.GetValueOrDefault(date), !IsLoaded(date.Year));
    }

    /// <summary>
    /// The date <paramref name="days"/> working days after <paramref name="from"/> (which is not
    /// counted). With 0 days: <paramref name="from"/> itself when it is a working day, else the next one.
    /// </summary>
    public WorkingDayResult AddWorkingDays(DateOnly from, int days)
    {
        Guard(from);
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var i = from.DayNumber - _firstDayNumber;
        // _workingDays[m] is the first working day after day i, where m counts working days up to i.
        var m = _workingUpTo[i];
        var k = days > 0 ? m + days - 1 : _working[i] ? m - 1 : m;
        if (k >= _workingDays.Length) throw new CalendarRangeException(LastDay);
        var date = DateOnly.FromDayNumber(_firstDayNumber + _workingDays[k]);
        return new WorkingDayResult(date, Provisional(from.Year, date.Year));
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/> (negative when to is earlier).</summary>
    public (int WorkingDays, bool Provisional) WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        Guard(from);
        Guard(to);
        var n = _workingUpTo[to.DayNumber - _firstDayNumber] - _workingUpTo[from.DayNumber - _firstDayNumber];
        return (n, Provisional(Math.Min(from.Year, to.Year), Math.Max(from.Year, to.Year)));
    }

    /// <summary>The non-working days strictly after from up to and including to, with their names (for explaining a deadline).</summary>
    public IEnumerable<DayInfo> NonWorkingDays(DateOnly from, DateOnly to)
    {
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(1))
            if (!_working[d.DayNumber - _firstDayNumber]) yield return Day(d);
    }

    private bool Provisional(int fromYear, int toYear)
    {
        for (var y = fromYear; y <= toYear; y++)
            if (!IsLoaded(y)) return true;
        return false;
    }

    private void Guard(DateOnly date)
    {
        if (!Covers(date)) throw new CalendarRangeException(LastDay);
    }
}

/// <summary>A date outside what the calendar can answer for (before 2000, or more than two years past the last loaded year).</summary>
internal sealed class CalendarRangeException(DateOnly lastDay)
    : Exception($"日期超出工作日历范围：支持 {WorkingDaySchedule.FirstYear}-01-01 至 {lastDay:yyyy-MM-dd}（已发布节假日安排的最后一年之后两年）")
{
    public DateOnly LastDay { get; } = lastDay;
}
