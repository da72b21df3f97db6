using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Features.Catalog.PublishItem;

namespace Yiwang.Web.Features.Catalog.EditItem;

internal static class EditItemEndpoints
{
    public static void MapEditItem(this RouteGroupBuilder api)
    {
        api.MapPost("/items", async (CreateItemRequest request, EditItemHandler handler, HttpContext http, CancellationToken ct) =>
                (await handler.CreateAsync(request, http.User, ct)).ToHttp(v => TypedResults.Created($"/api/v1/items/{v.Code}", v)))
            .RequireAuthorization(Policy.Administration)
            .WithName("CreateItem").WithSummary("新增事项（草稿）");
        api.MapPut("/items/{code}/draft", async (string code, SaveDraftRequest request, EditItemHandler handler, HttpContext http, CancellationToken ct) =>
                (await handler.SaveDraftAsync(code, request, http.User, ct)).ToHttp())
            .RequireAuthorization(Policy.Administration)
            .WithName("SaveItemDraft").WithSummary("保存事项草稿");
        api.MapPost("/items/{code}/publish", async (string code, PublishItemHandler handler, HttpContext http, CancellationToken ct) =>
                (await handler.HandleAsync(code, http.User, ct)).ToHttp())
            .RequireAuthorization(Policy.Administration)
            .WithName("PublishItem").WithSummary("发布事项草稿（先经一致性检查）");
    }
}
