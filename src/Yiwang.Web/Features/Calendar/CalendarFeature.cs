using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Calendar.LoadYear;
using Yiwang.Web.Features.Calendar.Query;

namespace Yiwang.Web.Features.Calendar;

internal sealed record YearView(int Year, string Notice, DateOnly? IssuedOn, DateTimeOffset LoadedAt, string LoadedBy, int Holidays, int AdjustedWorkingDays);

internal static class CalendarFeature
{
    public static IServiceCollection AddCalendar(this IServiceCollection services)
    {
        services.AddSingleton<WorkingDayCalendar>();
        services.AddHostedService(sp => sp.GetRequiredService<WorkingDayCalendar>());
        services.AddScoped<LoadYearHandler>();
        return services;
    }

    public static void MapCalendar(this IEndpointRouteBuilder app)
    {
        var api = app.Api();
        api.MapCalendarQueries();
        api.MapGet("/calendar/years", async (YiwangDb db, CancellationToken ct) => TypedResults.Ok(await YearsAsync(db, ct)))
            .WithTags("Calendar").WithSummary("已加载的年度节假日安排");
        api.MapPut("/calendar/years/{year:int}", async (int year, LoadYearRequest request, LoadYearHandler h, HttpContext http, CancellationToken ct) =>
                (await h.HandleAsync(year, request, http.User, ct)).ToHttp())
            .RequireAuthorization(Policy.PlatformAdmin)
            .WithTags("Calendar").WithSummary("加载或更正某年的节假日安排（系统管理员）");
    }

    public static async Task<List<YearView>> YearsAsync(YiwangDb db, CancellationToken ct) =>
        (await db.CalendarYears.AsNoTracking().Include(y => y.Days).OrderBy(y => y.Year).ToListAsync(ct))
        .Select(y => new YearView(y.Year, y.Notice, y.IssuedOn, y.LoadedAt, y.LoadedBy,
            y.Days.Count(d => d.Kind == CalendarDayKind.Holiday), y.Days.Count(d => d.Kind == CalendarDayKind.AdjustedWorkingDay)))
        .ToList();
}
