using Yiwang.Web.Common.Http;
using Yiwang.Web.Features.Catalog.Search;

namespace Yiwang.Web.Features.Catalog.SearchItems;

internal static class SearchItemsEndpoint
{
    private static SearchItemsResponse Respond(CatalogHits hits, CatalogQuery q) => new(hits.Total, q.Page, q.PageSize, hits.Items);

    public static void MapSearchItems(this RouteGroupBuilder api)
    {
        api.MapGet("/items", (string? q, int? department, string? type, string? division, string? audience, string? theme,
                int? page, int? pageSize, string? near, CatalogSearchIndex index) =>
            {
                var query = SearchItemsRequest.Parse(q, department, type, division, audience, theme, page, pageSize);
                return query.IsOk
                    ? Results.Ok(Respond(index.Search(query.Value! with { Near = near }), query.Value!))
                    : query.ToHttp();
            })
            .RequireRateLimiting(Common.Http.RateLimits.Search).WithName("SearchItems").WithSummary("检索事项与一件事（全文检索、群众常用语、拼音与首字母；按部门/类型/区划/对象/主题筛选、分页；near=区划代码时本地事项优先）");
    }
}

internal sealed record SearchItemsResponse(int Total, int Page, int PageSize, IReadOnlyList<ItemSummary> Items);
