using Xunit.Abstractions;
using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.Catalog.Search;

namespace Yiwang.Tests.Features.Catalog.Search;

/// <summary>Ranking on the query set in search-queries.tsv: the figure the README quotes.</summary>
public class SearchRankingTests(ITestOutputHelper output) : IDisposable
{
    private readonly CatalogSearchIndex _index = DemoIndex.Build();

    public static IEnumerable<(string Query, string Expected)> QuerySet() =>
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Features/Catalog/Search/search-queries.tsv"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .Select(p => (p[0], p[1]));

    [Fact]
    public void Individual_business_licence_query_ranks_the_individual_business_registration_first()
    {
        var hits = _index.Search(new CatalogQuery("个体 营业执照"));
        Assert.Equal("个体工商户设立登记", hits.Items[0].Name);
    }

    [Fact]
    public void Everyday_query_set_finds_the_meant_entry_in_the_top_three()
    {
        var set = QuerySet().ToList();
        Assert.True(set.Count >= 150, "the query set must hold at least 150 everyday queries");
        var misses = new List<string>();
        var (top1, top3, empty) = (0, 0, new List<string>());
        foreach (var (q, expected) in set)
        {
            var hits = _index.Search(new CatalogQuery(q, PageSize: 3));
            var names = hits.Items.Select(i => i.Name).ToList();
            if (hits.Total == 0) empty.Add(q);
            if (names.FirstOrDefault() == expected) top1++;
            if (names.Contains(expected)) top3++;
            else misses.Add($"{q} → {string.Join(" | ", names)}");
        }
        double Rate(int n) => 100.0 * n / set.Count;
        output.WriteLine($"queries={set.Count} hit@1={Rate(top1):0.0}% hit@3={Rate(top3):0.0}% zero-result={empty.Count}");
        foreach (var m in misses) output.WriteLine("miss: " + m);
        Assert.Empty(empty);
        Assert.True(Rate(top3) >= 95, $"hit@3 {Rate(top3):0.0}% < 95%: {string.Join("; ", misses)}");
        Assert.True(Rate(top1) >= 90, $"hit@1 {Rate(top1):0.0}% < 90%");
    }

    [Theory]
    [InlineData("yyzz", "个体工商户设立登记|企业设立登记")] // 营业执照
    [InlineData("yingyezhizhao", "个体工商户设立登记|企业设立登记")]
    [InlineData("sbk", "社会保障卡申领")]
    [InlineData("YYZZ", "个体工商户设立登记|企业设立登记")]
    public void Pinyin_and_initials_find_what_they_spell(string q, string first) =>
        Assert.Contains(_index.Search(new CatalogQuery(q, PageSize: 3)).Items[0].Name, first.Split('|'));

    [Fact]
    public void A_bundle_ranks_with_the_items_and_a_phrase_brings_it_first()
    {
        var hits = _index.Search(new CatalogQuery("开饭店", PageSize: 5));
        Assert.Equal(("开办餐饮店一件事", CatalogEntryKind.Bundle, "/bundles/restaurant-opening"), (hits.Items[0].Name, hits.Items[0].Kind, hits.Items[0].Url));
        Assert.Contains(hits.Items, i => i.Kind == CatalogEntryKind.Item && i.Name == "食品经营许可");
        // A type filter lists items only.
        Assert.DoesNotContain(_index.Search(new CatalogQuery("开饭店", Type: ItemType.PublicService)).Items, i => i.Kind == CatalogEntryKind.Bundle);
    }

    [Fact]
    public void The_searchers_district_copy_of_a_service_comes_first()
    {
        var anywhere = _index.Search(new CatalogQuery("个体户", PageSize: 5)).Items.Where(i => i.Name == "个体工商户设立登记").ToList();
        Assert.Equal("市市场监管局", anywhere[0].DepartmentName);
        var cili = _index.Search(new CatalogQuery("个体户", PageSize: 5, Near: "430821000000")).Items.Where(i => i.Name == "个体工商户设立登记").ToList();
        Assert.Equal("慈利县市场监督管理局", cili[0].DepartmentName);
        // A 南庄坪 searcher is in 永定区.
        var township = _index.Search(new CatalogQuery("个体户", PageSize: 5, Near: "430802006000")).Items.Where(i => i.Name == "个体工商户设立登记").ToList();
        Assert.Equal("永定区市场监督管理局", township[0].DepartmentName);
    }

    [Fact]
    public void A_query_without_results_gets_the_nearest_entries()
    {
        Assert.Equal(0, _index.Search(new CatalogQuery("宠物狗证")).Total);
        var nearest = _index.Suggest("宠物狗证");
        Assert.NotEmpty(nearest);
        Assert.Empty(_index.Suggest("   "));
    }

    [Theory]
    [InlineData("证")]
    [InlineData("户")]
    [InlineData("社保")]
    public void One_and_two_character_queries_find_items(string q) =>
        Assert.True(_index.Search(new CatalogQuery(q)).Total > 0);

    [Fact]
    public void Filters_narrow_results_by_type_audience_theme_and_division()
    {
        var licensing = _index.Search(new CatalogQuery(Type: ItemType.AdministrativeLicensing, PageSize: 100));
        Assert.All(licensing.Items, i => Assert.Equal(ItemType.AdministrativeLicensing, i.Type));
        var county = _index.Search(new CatalogQuery(DivisionCode: "430802000000", PageSize: 100));
        Assert.Contains(county.Items, i => i.DepartmentName == "永定区市场监督管理局");
        Assert.DoesNotContain(county.Items, i => i.DepartmentName == "市公安局");
        var township = _index.Search(new CatalogQuery(DivisionCode: "430802006000", PageSize: 100));
        Assert.Contains(township.Items, i => i.DepartmentName == "南庄坪街道便民服务中心");
        var births = _index.Search(new CatalogQuery(Theme: "出生", Audience: Audience.NaturalPerson, PageSize: 100));
        Assert.Contains(births.Items, i => i.Name == "出生登记");
    }

    [Fact]
    public void Paging_returns_disjoint_pages_and_the_total()
    {
        var first = _index.Search(new CatalogQuery(PageSize: 10));
        var second = _index.Search(new CatalogQuery(Page: 2, PageSize: 10));
        Assert.True(first.Total >= 60);
        Assert.Empty(first.Items.Select(i => i.Code).Intersect(second.Items.Select(i => i.Code)));
    }

    public void Dispose()
    {
        _index.Dispose();
        GC.SuppressFinalize(this);
    }
}
