using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Features.Calendar.LoadYear;
using Yiwang.Web.Features.Calendar.Query;

namespace Yiwang.Web.Features.Calendar;


internal static class CalendarFeature
{
    public static IServiceCollection AddCalendar(this IServiceCollection services)
    {
        services.AddSingleton<WorkingDayCalendar>();
        services.AddHostedService(sp => sp.GetRequiredService<WorkingDayCalendar>());
        services.AddScoped<LoadYearHandler>().AddScoped<ListYears.ListYearsHandler>();
        return services;
    }

    public static void MapCalendar(this IEndpointRouteBuilder app)
    {
        var api = app.Api();
        api.MapCalendarQueries();
        api.MapGet("/calendar/years", async (ListYears.ListYearsHandler h, CancellationToken ct) => TypedResults.Ok(await h.HandleAsync(ct)))
            .WithTags("Calendar").WithSummary("已加载的年度节假日安排");
        api.MapPut("/calendar/years/{year:int}", async (int year, LoadYearRequest request, LoadYearHandler h, HttpContext http, CancellationToken ct) =>
                (await h.HandleAsync(year, request, http.User, ct)).ToHttp())
            .RequireAuthorization(Policy.PlatformAdmin)
            .WithTags("Calendar").WithSummary("加载或更正某年的节假日安排（系统管理员）");
    }

}
