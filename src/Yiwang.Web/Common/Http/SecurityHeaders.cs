using Microsoft.AspNetCore.HttpOverrides;

namespace Yiwang.Web.Common.Http;

/// <summary>
/// What every response says about itself: no sniffing, no framing by other sites, no referrer to
/// other sites, and a Content-Security-Policy under which only the site's own scripts run (no inline
/// script or handler; ECharts and the app's scripts are served from the site). Styles may be inline
/// (style attributes). The API reference page (Scalar) brings its own inline configuration and is
/// left without the policy. Behind a reverse proxy the scheme and client address come from the
/// forwarded headers of the proxies listed in Http:KnownProxies (loopback always), so cookies are
/// Secure whenever the user's request was HTTPS; Production adds HSTS.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services, IConfiguration config)
    {
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            foreach (var proxy in (config["Http:KnownProxies"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                o.KnownProxies.Add(System.Net.IPAddress.TryParse(proxy, out var ip) ? ip
                    : throw new InvalidOperationException($"Http:KnownProxies: '{proxy}' is not an IP address."));
        });
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        return services;
    }

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (app.Environment.IsProduction()) app.UseHsts();
        app.Use(async (ctx, next) =>
        {
            var h = ctx.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "SAMEORIGIN";
            h["Referrer-Policy"] = "same-origin";
            if (!ctx.Request.Path.StartsWithSegments("/api/docs")) h.ContentSecurityPolicy = ContentSecurityPolicy;
            await next();
        });
        return app;
    }
}
