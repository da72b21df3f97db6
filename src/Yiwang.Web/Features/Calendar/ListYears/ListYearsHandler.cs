using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Calendar.ListYears;

/// <summary>A loaded year's 节假日安排: its notice, who loaded it, how many holidays and adjusted working days.</summary>
internal sealed record YearView(int Year, string Notice, DateOnly? IssuedOn, DateTimeOffset LoadedAt, string LoadedBy, int Holidays, int AdjustedWorkingDays);

/// <summary>The years whose holiday arrangements are loaded, in order.</summary>
internal sealed class ListYearsHandler(YiwangDb db)
{
    public async Task<List<YearView>> HandleAsync(CancellationToken ct) =>
        (await db.CalendarYears.AsNoTracking().Include(y => y.Days).OrderBy(y => y.Year).ToListAsync(ct))
        .Select(y => new YearView(y.Year, y.Notice, y.IssuedOn, y.LoadedAt, y.LoadedBy,
            y.Days.Count(d => d.Kind == CalendarDayKind.Holiday), y.Days.Count(d => d.Kind == CalendarDayKind.AdjustedWorkingDay)))
        .ToList();
}
