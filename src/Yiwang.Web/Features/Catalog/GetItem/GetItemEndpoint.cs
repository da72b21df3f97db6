using Yiwang.Web.Common.Http;

namespace Yiwang.Web.Features.Catalog.GetItem;

internal static class GetItemEndpoint
{
    public static void MapGetItem(this RouteGroupBuilder api)
    {
        api.MapGet("/items/{code}", (string code, GetItemHandler handler, HttpContext http, CancellationToken ct) =>
                Answer(handler.HandleAsync(code, null, http.User, ct)))
            .WithName("GetItem").WithSummary("事项的当前版本（全部要素）");
        api.MapGet("/items/{code}/versions/{versionNo:int}", (string code, int versionNo, GetItemHandler handler, HttpContext http, CancellationToken ct) =>
                Answer(handler.HandleAsync(code, versionNo, http.User, ct)))
            .WithName("GetItemVersion").WithSummary("事项的指定版本");
    }

    private static async Task<IResult> Answer(Task<Outcome<ItemGuideView>> outcome) => (await outcome).ToHttp();
}
