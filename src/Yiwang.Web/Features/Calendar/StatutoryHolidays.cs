using System.Globalization;

namespace Yiwang.Web.Features.Calendar;

/// <summary>
/// 《全国年节及纪念日放假办法》: the fixed statutory holidays of a year, for a year whose official
/// schedule (the State Council's notice with its 调休) is not loaded yet. Lunar dates come from
/// <see cref="ChineseLunisolarCalendar"/>, 清明 from its solar term. Every answer resting on them is
/// provisional until the notice is loaded.
/// </summary>
internal static class StatutoryHolidays
{
    /// <summary>The revisions: 1999 (国务院令第270号), 2007 (第513号), 2013 (第644号), 2024 (第795号, from 2025).</summary>
    public static IEnumerable<(DateOnly Date, string Name)> Of(int year)
    {
        yield return (new DateOnly(year, 1, 1), "元旦");
        var springFestival = Lunar(year, 1, 1);
        // 春节: 2008–2013 除夕 to 初二; 2014–2024 初一 to 初三; from 2025 除夕 to 初三.
        var (first, last) = year switch { >= 2025 => (-1, 2), >= 2008 and <= 2013 => (-1, 1), _ => (0, 2) };
        for (var d = first; d <= last; d++) yield return (springFestival.AddDays(d), "春节");
        if (year >= 2008)
        {
            yield return (Qingming(year), "清明节");
            yield return (Lunar(year, 5, 5), "端午节");
            yield return (Lunar(year, 8, 15), "中秋节");
        }
        // 劳动节: 1–3 May until 2007, 1 May 2008–2024, 1–2 May from 2025.
        var mayDays = year switch { >= 2025 => 2, >= 2008 => 1, _ => 3 };
        for (var d = 1; d <= mayDays; d++) yield return (new DateOnly(year, 5, d), "劳动节");
        for (var d = 1; d <= 3; d++) yield return (new DateOnly(year, 10, d), "国庆节");
    }

    /// <summary>A day of the lunar year that begins in <paramref name="year"/> (a leap month shifts the later months by one).</summary>
    private static DateOnly Lunar(int year, int month, int day)
    {
        var calendar = new ChineseLunisolarCalendar();
        var leap = calendar.GetLeapMonth(year);
        var index = leap > 0 && month >= leap ? month + 1 : month;
        return DateOnly.FromDateTime(calendar.ToDateTime(year, index, day, 0, 0, 0, 0));
    }

    /// <summary>清明 (the solar term at 15° past the vernal equinox), 4 or 5 April in this century: the standard 21st-century formula.</summary>
    private static DateOnly Qingming(int year)
    {
        var y = year % 100;
        var day = (int)Math.Floor(y * 0.2422 + 4.81) - y / 4;
        return new DateOnly(year, 4, day);
    }
}
