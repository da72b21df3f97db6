using Yiwang.Web.Common.Http;

namespace Yiwang.Web.Features.CrossArea;

/// <summary>跨省通办 代收代办 (市域通办 itself is a property of items and cases: any hall may do the window work).</summary>
internal static class CrossAreaFeature
{
    public static IServiceCollection AddCrossArea(this IServiceCollection services) => services.AddScoped<ProxyCaseHandler>();

    public static void MapCrossArea(this IEndpointRouteBuilder app)
    {
        var api = app.Api();
        var proxy = api.MapGroup("/proxy-cases").WithTags("CrossArea").RequireAuthorization();
        proxy.MapPost("", async (ReceiveProxyCaseRequest r, ProxyCaseHandler h, HttpContext http, CancellationToken ct) =>
                (await h.ReceiveAsync(r, http.User, ct)).ToHttp(v => TypedResults.Created($"/api/v1/proxy-cases/{v.Number}", v)))
            .WithName("ReceiveProxyCase").WithSummary("跨省通办代收：登记为外省受理机构代收的申请（窗口）");
        proxy.MapGet("", async (ProxyCaseHandler h, HttpContext http, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(http.User, ct)))
            .WithName("ListProxyCases").WithSummary("本大厅的跨省通办代收代办件");
        proxy.MapPost("/{number}/{action:regex(^(handover|result|deliver)$)}", async (string number, string action, ProxyActionRequest r, ProxyCaseHandler h, HttpContext http, CancellationToken ct) =>
                (await h.ActAsync(number, action, r, http.User, ct)).ToHttp())
            .WithName("ActOnProxyCase").WithSummary("移交材料(handover)、登记办理结果(result)、送达(deliver)");
    }
}
