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
    public void Query_set_hit_rate_is_at_least_ninety_percent_at_rank_one()
    {
        var set = QuerySet().ToList();
        Assert.True(set.Count >= 30, "the query set must hold at least 30 queries");
        var misses = new List<string>();
        var top3 = 0;
        foreach (var (q, expected) in set)
        {
            var names = _index.Search(new CatalogQuery(q, PageSize: 3)).Items.Select(i => i.Name).ToList();
            if (names.FirstOrDefault() != expected) misses.Add($"{q} → {string.Join(" | ", names)}");
            if (names.Contains(expected)) top3++;
        }
        var hit1 = 100.0 * (set.Count - misses.Count) / set.Count;
        output.WriteLine($"queries={set.Count} hit@1={hit1:0.0}% hit@3={100.0 * top3 / set.Count:0.0}%");
        foreach (var m in misses) output.WriteLine("miss: " + m);
        Assert.True(hit1 >= 90, $"hit@1 {hit1:0.0}% < 90%: {string.Join("; ", misses)}");
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
