using System.Threading.RateLimiting;

namespace Yiwang.Web.Common.Http;

/// <summary>
/// Rate limits on what strangers can hammer, each its own bucket per client address: sign-in (the API and the /login page), registration, SMS codes, the progress query
/// (API and page), public search and the share API. Each is RateLimits:{Name}PerMinute.
/// </summary>
internal static class RateLimits
{
    public const string Login = "login", Register = "register", Sms = "sms", Progress = "progress", Search = "search", Share = "share";

    private static readonly Dictionary<string, (string Setting, int PerMinute)> Defaults = new()
    {
        [Login] = ("LoginPerMinute", 30), [Register] = ("RegisterPerMinute", 10), [Sms] = ("SmsPerMinute", 10),
        [Progress] = ("ProgressPerMinute", 60), [Search] = ("SearchPerMinute", 600), [Share] = ("SharePerMinute", 1200),
    };

    public static IServiceCollection AddYiwangRateLimits(this IServiceCollection services, IConfiguration config)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = 429;
            o.OnRejected = async (ctx, ct) =>
            {
                ctx.HttpContext.Response.Headers.RetryAfter = "60";
                if (ctx.HttpContext.Request.Path.StartsWithSegments("/api"))
                    await ctx.HttpContext.Response.WriteAsJsonAsync(new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = 429, Title = "请求过于频繁，请一分钟后再试" }, ct);
                else
                {
                    ctx.HttpContext.Response.ContentType = "text/html; charset=utf-8";
                    await ctx.HttpContext.Response.WriteAsync("<!doctype html><meta charset=utf-8><title>请稍后再试</title><p>请求过于频繁，请一分钟后再试。</p>", ct);
                }
            };
            foreach (var (policy, (setting, perMinute)) in Defaults)
            {
                var permits = config.GetValue($"RateLimits:{setting}", perMinute);
                o.AddPolicy(policy, ctx => RateLimitPartition.GetFixedWindowLimiter(
                    ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1) }));
            }
        });
        return services;
    }
}
