using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;

namespace Yiwang.Web.Features.Catalog.SearchPhrases;

internal static class SearchPhrasesEndpoints
{
    public static void MapSearchPhrases(this RouteGroupBuilder api)
    {
        api.MapGet("/search-phrases", async (SearchPhrasesHandler h, CancellationToken ct) => TypedResults.Ok(await h.ListAsync(ct)))
            .WithName("ListSearchPhrases").WithSummary("群众常用语（检索时一并查找其规范说法）");
        api.MapPost("/search-phrases", async (AddSearchPhraseRequest r, SearchPhrasesHandler h, HttpContext http, CancellationToken ct) =>
                (await h.AddAsync(r, http.User, ct)).ToHttp(v => TypedResults.Created($"/api/v1/search-phrases/{v.Id}", v)))
            .RequireAuthorization(Policy.PlatformAdmin).WithName("AddSearchPhrase").WithSummary("新增群众常用语（系统管理员）");
        api.MapDelete("/search-phrases/{id:int}", async (int id, SearchPhrasesHandler h, HttpContext http, CancellationToken ct) =>
                (await h.RemoveAsync(id, http.User, ct)).ToHttp(_ => TypedResults.NoContent()))
            .RequireAuthorization(Policy.PlatformAdmin).WithName("RemoveSearchPhrase").WithSummary("删除群众常用语（系统管理员）");
    }
}
