using System.Threading.RateLimiting;

namespace Yiwang.Web.Common.Http;

/// <summary>Rate limits on what strangers can hammer: sign-in and registration, per client address.</summary>
internal static class RateLimits
{
    public const string Login = "login";

    public static IServiceCollection AddYiwangRateLimits(this IServiceCollection services, IConfiguration config)
    {
        var permits = config.GetValue("RateLimits:LoginPerMinute", 30);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = 429;
            o.AddPolicy(Login, ctx => RateLimitPartition.GetFixedWindowLimiter(
                ctx.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1) }));
        });
        return services;
    }
}
