namespace Yiwang.Web.Features.Calendar;

internal sealed record HolidayRange(string? Name, DateOnly Start, DateOnly End);
internal sealed record AdjustedWorkingDay(DateOnly Date, string? For);

/// <summary>A year's schedule as published: holiday ranges (both ends inclusive) and 调休 working days.</summary>
internal sealed record LoadYearRequest(string? Notice, DateOnly? Issued, List<HolidayRange>? Holidays, List<AdjustedWorkingDay>? AdjustedWorkingDays)
{
    /// <summary>Set from the route, not the body.</summary>
    public int Year { get; init; }

    public Dictionary<string, string[]> Validate(int year)
    {
        var e = new Dictionary<string, List<string>>();
        void Add(string k, string m) { if (!e.TryGetValue(k, out var l)) e[k] = l = []; l.Add(m); }
        if (year is < WorkingDaySchedule.FirstYear or > 2100) Add("year", $"年份应在{WorkingDaySchedule.FirstYear}至2100之间");
        if (string.IsNullOrWhiteSpace(Notice)) Add("notice", "请填写通知名称（如：国务院办公厅关于2027年部分节假日安排的通知）");
        var holidays = Holidays ?? [];
        var adjusted = AdjustedWorkingDays ?? [];
        if (holidays.Count == 0) Add("holidays", "请至少填写一个节假日");
        var off = new HashSet<DateOnly>();
        for (var i = 0; i < holidays.Count; i++)
        {
            var h = holidays[i];
            if (string.IsNullOrWhiteSpace(h.Name)) Add($"holidays[{i}].name", "请填写节日名称");
            if (h.End < h.Start) Add($"holidays[{i}].end", "结束日期不能早于开始日期");
            else if (h.Start.Year != year || h.End.Year != year) Add($"holidays[{i}]", $"放假日期须在{year}年内");
            else if ((h.End.DayNumber - h.Start.DayNumber) > 15) Add($"holidays[{i}].end", "单个假期不超过16天");
            else for (var d = h.Start; d <= h.End; d = d.AddDays(1)) if (!off.Add(d)) Add($"holidays[{i}]", $"{d:yyyy-MM-dd} 与其他假期重叠");
        }
        for (var i = 0; i < adjusted.Count; i++)
        {
            var a = adjusted[i];
            if (string.IsNullOrWhiteSpace(a.For)) Add($"adjustedWorkingDays[{i}].for", "请填写调休对应的节日");
            if (a.Date.Year != year) Add($"adjustedWorkingDays[{i}].date", $"调休日期须在{year}年内");
            else if (a.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) Add($"adjustedWorkingDays[{i}].date", $"{a.Date:yyyy-MM-dd} 不是周末，无需调休上班");
            if (off.Contains(a.Date)) Add($"adjustedWorkingDays[{i}].date", $"{a.Date:yyyy-MM-dd} 已是放假日");
        }
        return e.ToDictionary(x => x.Key, x => x.Value.ToArray());
    }

    public CalendarYear ToEntity(int year, string loadedBy, DateTimeOffset now)
    {
        var days = new List<CalendarDay>();
        foreach (var h in Holidays ?? [])
            for (var d = h.Start; d <= h.End; d = d.AddDays(1))
                days.Add(new CalendarDay { Date = d, Year = year, Kind = CalendarDayKind.Holiday, Name = h.Name!.Trim() });
        foreach (var a in AdjustedWorkingDays ?? [])
            days.Add(new CalendarDay { Date = a.Date, Year = year, Kind = CalendarDayKind.AdjustedWorkingDay, Name = a.For!.Trim() });
        return new CalendarYear { Year = year, Notice = Notice!.Trim(), IssuedOn = Issued, LoadedAt = now, LoadedBy = loadedBy, Days = days };
    }
}
