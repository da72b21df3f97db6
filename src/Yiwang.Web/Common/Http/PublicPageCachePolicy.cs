using Microsoft.AspNetCore.OutputCaching;

namespace Yiwang.Web.Common.Http;

/// <summary>
/// Output caching for public pages (the service guide). Blazor in .NET 10 sets an antiforgery cookie
/// on every page once interactive render modes exist, and the default policy never caches a
/// response with Set-Cookie. Anonymous visitors get no form on these pages, so for them the cookie
/// is dropped and the page is cached; signed-in users are never served from or stored in the cache.
/// </summary>
internal sealed class PublicPageCachePolicy(string tag, TimeSpan expiration) : IOutputCachePolicy
{
    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken ct)
    {
        var request = context.HttpContext.Request;
        var attempt = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
                      && !request.Headers.ContainsKey("Authorization")
                      && context.HttpContext.User.Identity?.IsAuthenticated != true;
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = attempt;
        context.AllowCacheStorage = attempt;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        context.Tags.Add(tag);
        context.ResponseExpirationTimeSpan = expiration;
        if (attempt)
        {
            var response = context.HttpContext.Response;
            response.OnStarting(() =>
            {
                if (response.StatusCode == StatusCodes.Status200OK) response.Headers.Remove("Set-Cookie");
                return Task.CompletedTask;
            });
        }
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken ct) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken ct)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0) context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }
}
