using System.Text.Json;
using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.Catalog.PublishItem;

namespace Yiwang.Web.Common.Http;

/// <summary>The HTTP pipeline every feature relies on: JSON, problem details, caching, limits, headers, auth.</summary>
internal static class HttpSetup
{
    public static IServiceCollection AddYiwangHttp(this IServiceCollection services, IConfiguration config)
    {
        services.ConfigureHttpJsonOptions(o => CatalogJson.Configure(o.SerializerOptions));
        // Chinese text is written as text, not as &#x..; entities (half the page size).
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            if (ctx.Exception is Data.TextLimitException text)
            {
                ctx.ProblemDetails.Status = 400;
                ctx.ProblemDetails.Title = "提交的内容有误";
                ctx.ProblemDetails.Extensions["errors"] = new Dictionary<string, string[]> { [text.Field] = [text.Message] };
            }
            else if (ctx.Exception is BadHttpRequestException bad)
            {
                ctx.ProblemDetails.Status = bad.StatusCode;
                ctx.ProblemDetails.Title = "请求格式有误";
                ctx.ProblemDetails.Detail = bad.InnerException is JsonException json
                    ? $"请求内容不是有效的 JSON 或字段类型不符：{json.Path}"
                    : "请求参数无法识别，请检查字段格式";
            }
        });
        // A body or query value that cannot be bound throws, so the exception handler answers with a problem.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi();
        services.AddOutputCache(o => o.AddPolicy("guide", new PublicPageCachePolicy(PublishItemHandler.CacheTag, TimeSpan.FromSeconds(60))));
        services.AddYiwangRateLimits(config);
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddSecurityHeaders(config);
        return services;
    }

    public static WebApplication UseYiwangHttp(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = e => e switch { BadHttpRequestException bad => bad.StatusCode, Data.TextLimitException => 400, _ => 500 },
            SuppressDiagnosticsCallback = c => c.Exception is BadHttpRequestException or Data.TextLimitException,
        });
        // An empty page error (an unknown address, a refused form post) shows the site's error page, keeping its
        // status code; an empty API error gets a problem-details body first (the inner handler runs first).
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments("/api"), branch => branch.UseStatusCodePages());
        app.UseSecurityHeaders();
        app.UseCrossSiteWriteGuard();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseOutputCache();
        app.UseAntiforgery();
        return app;
    }
}
