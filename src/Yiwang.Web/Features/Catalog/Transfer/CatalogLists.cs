namespace Yiwang.Web.Features.Catalog.Transfer;

/// <summary>The published lists (清单) are views of the catalog.</summary>
internal sealed record CatalogList(string Slug, string Title, Func<ServiceGuide, bool> Includes)
{
    public static readonly IReadOnlyList<CatalogList> All =
    [
        new("licensing", "行政许可事项清单", g => g.Type == ItemType.AdministrativeLicensing),
        new("public-services", "公共服务事项清单", g => g.Type == ItemType.PublicService),
        new("intermediary", "中介服务事项清单", g => g.IntermediaryServices.Count > 0),
        new("powers", "权责清单", g => g.Type != ItemType.PublicService),
    ];

    public static CatalogList? Find(string slug) => All.FirstOrDefault(l => l.Slug == slug);
}
