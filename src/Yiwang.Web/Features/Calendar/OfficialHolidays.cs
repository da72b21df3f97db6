using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Calendar;

/// <summary>
/// The official schedules shipped with the platform (shared/reference/holidays-cn.json, 2024–2026).
/// Loaded into an empty calendar at start — reference data, not demo data.
/// </summary>
internal static class OfficialHolidays
{
    private sealed record File(Dictionary<string, YearFile> Years);
    private sealed record YearFile(string Notice, DateOnly Issued, List<Range> Holidays, List<Adjusted> AdjustedWorkingDays);
    private sealed record Range(string Name, DateOnly Start, DateOnly End);
    private sealed record Adjusted(DateOnly Date, string For);

    public static IReadOnlyList<LoadYearRequest> Load()
    {
        using var stream = typeof(OfficialHolidays).Assembly.GetManifestResourceStream("seed.holidays-cn.json")!;
        var file = JsonSerializer.Deserialize<File>(stream, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        return file.Years.OrderBy(y => y.Key).Select(y => new LoadYearRequest(
            y.Value.Notice, y.Value.Issued,
            y.Value.Holidays.Select(h => new HolidayRange(h.Name, h.Start, h.End)).ToList(),
            y.Value.AdjustedWorkingDays.Select(a => new AdjustedWorkingDay(a.Date, a.For)).ToList()) { Year = int.Parse(y.Key, System.Globalization.CultureInfo.InvariantCulture) })
            .ToList();
    }

    public static async Task SeedIfEmptyAsync(YiwangDb db, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.CalendarYears.AnyAsync(ct)) return;
        foreach (var y in Load()) db.CalendarYears.Add(y.ToEntity(y.Year, "国务院办公厅通知（随平台发布）", now));
        await db.SaveChangesAsync(ct);
    }
}
