using Yiwang.Web.Common.Http;
using Yiwang.Web.Features.Catalog.Search;
using Yiwang.Web.Features.Organization;

namespace Yiwang.Web.Features.Catalog.SearchItems;

/// <summary>Turns query-string filters into a <see cref="CatalogQuery"/>, naming the field that is wrong.</summary>
internal static class SearchItemsRequest
{
    public static Outcome<CatalogQuery> Parse(string? q, int? department, string? type, string? division, string? audience,
        string? theme, int? page, int? pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        ItemType? itemType = null;
        if (!string.IsNullOrWhiteSpace(type))
        {
            if (CatalogNames.TryParse(CatalogNames.ItemTypes, type, out ItemType t)) itemType = t;
            else errors["type"] = [$"事项类型“{type}”无效"];
        }
        Audience? aud = null;
        if (!string.IsNullOrWhiteSpace(audience))
        {
            if (CatalogNames.TryParse(CatalogNames.Audiences, audience, out Audience a)) aud = a;
            else errors["audience"] = [$"服务对象“{audience}”无效，应为“个人”或“法人”"];
        }
        if (!string.IsNullOrWhiteSpace(division) && !DivisionCodes.IsWellFormed(division))
            errors["division"] = ["区划代码应为12位数字"];
        if (page is < 1 or > 10_000) errors["page"] = ["页码应为1至10000"];
        if (pageSize is < 1 or > 100) errors["pageSize"] = ["每页条数应为1至100"];
        if (q is { Length: > 100 }) errors["q"] = ["检索词不得超过100字"];
        if (errors.Count > 0) return Outcome<CatalogQuery>.Invalid(errors);
        return Outcome<CatalogQuery>.Ok(new CatalogQuery(q, department, itemType,
            string.IsNullOrWhiteSpace(division) ? null : division, aud, string.IsNullOrWhiteSpace(theme) ? null : theme.Trim(),
            page ?? 1, pageSize ?? 20));
    }
}
