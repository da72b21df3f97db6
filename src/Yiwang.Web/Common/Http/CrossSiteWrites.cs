using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Net.Http.Headers;

namespace Yiwang.Web.Common.Http;

/// <summary>
/// No cross-origin writes. The sign-in cookie goes with every request a browser sends to the
/// platform, whichever page sends it, so a state-changing request (POST, PUT, PATCH, DELETE) must show
/// that this site's own pages or scripts sent it:
/// <list type="bullet">
/// <item>when the browser says where the request comes from (<c>Origin</c>, <c>Sec-Fetch-Site</c>), that is this origin;</item>
/// <item>to the JSON API it carries <c>X-Requested-With: XMLHttpRequest</c> (a page of another origin
/// cannot add it without a CORS preflight, which the platform never grants) or the antiforgery token,
/// and any body is JSON or multipart (text/plain and form posts are what a plain HTML form can send);</item>
/// <item>the pages' own forms carry the antiforgery token, checked by the antiforgery middleware and the form endpoints.</item>
/// </list>
/// A request with an API key (<c>X-Api-Key</c>: a department system) is not a cookie request and is not concerned.
/// </summary>
internal static class CrossSiteWrites
{
    public const string Header = "X-Requested-With";
    public const string HeaderValue = "XMLHttpRequest";
    /// <summary>The department systems' key header (the data-sharing API), whose requests carry no cookie.</summary>
    public const string ApiKeyHeader = "X-Api-Key";
    private const string TokenHeader = "RequestVerificationToken";

    public static WebApplication UseCrossSiteWriteGuard(this WebApplication app)
    {
        app.Use(async (ctx, next) =>
        {
            if (await RefusalAsync(ctx) is { } refused)
            {
                await Results.Problem(title: refused.Title, detail: refused.Detail, statusCode: refused.Status).ExecuteAsync(ctx);
                return;
            }
            await next();
        });
        return app;
    }

    /// <summary>Why the request is refused, or null when it may go on.</summary>
    internal static async Task<(int Status, string Title, string Detail)?> RefusalAsync(HttpContext ctx)
    {
        var r = ctx.Request;
        if (HttpMethods.IsGet(r.Method) || HttpMethods.IsHead(r.Method) || HttpMethods.IsOptions(r.Method) || HttpMethods.IsTrace(r.Method)) return null;
        if (r.Headers.ContainsKey(ApiKeyHeader)) return null;
        if (r.Headers.Origin.Count > 0 && !SameOrigin(r.Headers.Origin.ToString(), r))
            return (403, "跨站请求被拒绝", $"该请求来自其他站点（{r.Headers.Origin}），写操作只接受本站页面发出的请求");
        if (r.Headers["Sec-Fetch-Site"].ToString() is { Length: > 0 } site && site is not ("same-origin" or "none"))
            return (403, "跨站请求被拒绝", "浏览器报告该请求来自其他站点，写操作只接受本站页面发出的请求");
        if (!r.Path.StartsWithSegments("/api")) return null;
        if (r.Headers[Header] != HeaderValue && !await TokenValidAsync(ctx))
            return (403, "缺少跨站防护请求头", $"调用写接口须带请求头 {Header}: {HeaderValue}（或防伪令牌 {TokenHeader}）");
        if (r.ContentType is { Length: > 0 } type && !JsonOrMultipart(type))
            return (415, "请求内容类型不受支持", "写接口只接受 application/json（上传文件用 multipart/form-data）");
        return null;
    }

    private static bool SameOrigin(string origin, HttpRequest r) =>
        string.Equals(origin, $"{r.Scheme}://{r.Host.Value}", StringComparison.OrdinalIgnoreCase);

    /// <summary>The antiforgery token in its header (never read from a form: the API takes none).</summary>
    private static async Task<bool> TokenValidAsync(HttpContext ctx) =>
        ctx.Request.Headers.ContainsKey(TokenHeader) && await ctx.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(ctx);

    private static bool JsonOrMultipart(string contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media) && media.MediaType.Value is { } m
        && (m.Equals("application/json", StringComparison.OrdinalIgnoreCase) || m.EndsWith("+json", StringComparison.OrdinalIgnoreCase)
            || m.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase));
}
