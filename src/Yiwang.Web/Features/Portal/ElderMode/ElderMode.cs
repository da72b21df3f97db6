namespace Yiwang.Web.Features.Portal.ElderMode;

/// <summary>
/// 长辈版 (互联网应用适老化): large type, high contrast and a short navigation, switched on or off
/// with one link and remembered on the device for a year (cookie yiwang.elder). Works without JavaScript.
/// </summary>
internal static class ElderMode
{
    public const string Cookie = "yiwang.elder";

    public static bool IsOn(HttpContext? http) => http?.Request.Cookies[Cookie] == "1";

    public static void MapElderMode(this IEndpointRouteBuilder app) =>
        app.MapGet("/elder", (bool? on, string? back, HttpContext http) =>
            {
                var opts = new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps, IsEssential = true, MaxAge = TimeSpan.FromDays(365) };
                if (on == false) http.Response.Cookies.Delete(Cookie, opts);
                else http.Response.Cookies.Append(Cookie, "1", opts);
                // Back to the page the toggle was on, only ever a local path.
                return Results.LocalRedirect(back is { Length: > 0 } && back[0] == '/' && !back.StartsWith("//", StringComparison.Ordinal) && !back.StartsWith("/\\", StringComparison.Ordinal) ? back : "/");
            })
            .ExcludeFromDescription();
}
