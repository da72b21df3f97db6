using System.Net;
using System.Text.Json;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Catalog.GetItem;
using Yiwang.Web.Features.Catalog.SearchItems;

namespace Yiwang.Tests.Features.Catalog;

/// <summary>Anonymous reads of the catalog API against the demo data.</summary>
public class CatalogApiTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    [Fact]
    public async Task Search_ranks_the_individual_business_registration_first()
    {
        var client = await app.ClientAsync();
        var result = await (await client.GetAsync("/api/v1/items?q=个体 营业执照")).ReadAsync<SearchItemsResponse>();
        Assert.Equal("个体工商户设立登记", result.Items[0].Name);
    }

    [Fact]
    public async Task Every_reference_item_is_in_the_demo_catalog()
    {
        var client = await app.ClientAsync();
        var all = await (await client.GetAsync("/api/v1/items?pageSize=100")).ReadAsync<SearchItemsResponse>();
        var names = all.Items.Select(i => i.Name).ToHashSet();
        foreach (var item in Yiwang.Web.Data.Seed.ReferenceCatalog.Load().Items) Assert.Contains(item.Name, names);
        Assert.True(all.Total >= 60);
        Assert.True(all.Items.Select(i => i.DepartmentId).Distinct().Count() >= 10);
    }

    [Fact]
    public async Task Filters_and_paging_work_together()
    {
        var client = await app.ClientAsync();
        var dept = (await (await client.GetAsync("/api/v1/items?q=食品经营许可")).ReadAsync<SearchItemsResponse>()).Items[0].DepartmentId;
        var page1 = await (await client.GetAsync($"/api/v1/items?department={dept}&type=行政许可&pageSize=3")).ReadAsync<SearchItemsResponse>();
        var page2 = await (await client.GetAsync($"/api/v1/items?department={dept}&type=AdministrativeLicensing&pageSize=3&page=2")).ReadAsync<SearchItemsResponse>();
        Assert.Equal(3, page1.Items.Count);
        Assert.True(page1.Total > 3);
        Assert.All(page1.Items.Concat(page2.Items), i => Assert.Equal(dept, i.DepartmentId));
        Assert.Empty(page1.Items.Select(i => i.Code).Intersect(page2.Items.Select(i => i.Code)));
        var county = await (await client.GetAsync("/api/v1/items?division=430821000000&audience=法人")).ReadAsync<SearchItemsResponse>();
        Assert.Contains(county.Items, i => i.DepartmentName == "慈利县市场监督管理局");
    }

    [Fact]
    public async Task Item_returns_every_element_of_the_current_version()
    {
        var client = await app.ClientAsync();
        var view = await (await client.GetAsync("/api/v1/items/430800-QR-0009")).ReadAsync<ItemGuideView>();
        var g = view.Guide;
        Assert.Equal("居民身份证申领、换领、补领", g.Name);
        Assert.Equal(20, g.PromisedLimitDays);
        Assert.Equal(60, g.LegalLimitDays);
        Assert.True(g.IsCharged);
        Assert.Contains("2322", g.FeeBasis);
        Assert.NotEmpty(g.Materials);
        Assert.NotEmpty(g.Steps);
        Assert.NotEmpty(g.Faqs);
        Assert.NotEmpty(g.OnlineScopes);
        Assert.Equal(1, view.VersionNo);
        Assert.Null(view.DraftVersionNo); // the public never sees draft numbers
    }

    [Fact]
    public async Task Enums_are_strings_in_the_api()
    {
        var client = await app.ClientAsync();
        using var doc = JsonDocument.Parse(await client.GetStringAsync("/api/v1/items/430800-XK-0001"));
        Assert.Equal("AdministrativeLicensing", doc.RootElement.GetProperty("guide").GetProperty("type").GetString());
    }

    [Fact]
    public async Task Unknown_item_and_version_are_404_problems()
    {
        var client = await app.ClientAsync();
        var p = await Problem.ReadAsync(await client.GetAsync("/api/v1/items/NO-SUCH"), HttpStatusCode.NotFound);
        Assert.Contains("NO-SUCH", p.Detail);
        await Problem.ReadAsync(await client.GetAsync("/api/v1/items/430800-XK-0001/versions/99"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Bad_filters_are_400_naming_the_field()
    {
        var client = await app.ClientAsync();
        var p = await Problem.ReadAsync(await client.GetAsync("/api/v1/items?type=许可&audience=x&division=12&pageSize=1000"), HttpStatusCode.BadRequest);
        Assert.Contains("type", p.Errors.Keys);
        Assert.Contains("audience", p.Errors.Keys);
        Assert.Contains("division", p.Errors.Keys);
        Assert.Contains("pageSize", p.Errors.Keys);
        await Problem.ReadAsync(await client.GetAsync("/api/v1/items?page=abc"), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Organization_lists_are_public()
    {
        var client = await app.ClientAsync();
        using var divisions = JsonDocument.Parse(await client.GetStringAsync("/api/v1/divisions"));
        var levels = divisions.RootElement.EnumerateArray().Select(d => d.GetProperty("level").GetString()).ToHashSet();
        Assert.Equal(new HashSet<string?> { "City", "County", "Township", "Village" }, levels);
        using var departments = JsonDocument.Parse(await client.GetStringAsync("/api/v1/departments"));
        Assert.True(departments.RootElement.GetArrayLength() >= 20);
        Assert.Contains(departments.RootElement.EnumerateArray(), d => d.GetProperty("parentId").ValueKind == JsonValueKind.Number);
        using var halls = JsonDocument.Parse(await client.GetStringAsync("/api/v1/halls"));
        var kinds = halls.RootElement.EnumerateArray().SelectMany(h => h.GetProperty("windows").EnumerateArray()).Select(w => w.GetProperty("kind").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "GeneralAll", "GeneralSector", "Dedicated", "Assistance", "Complaint" }, kinds);
        using var children = JsonDocument.Parse(await client.GetStringAsync("/api/v1/divisions?parent=430800000000"));
        Assert.Equal(4, children.RootElement.GetArrayLength());
    }

    [Fact]
    public async Task Health_openapi_and_docs_answer()
    {
        var client = await app.ClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        using var openapi = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        Assert.True(openapi.RootElement.GetProperty("paths").TryGetProperty("/api/v1/items/{code}", out _));
        var docs = await client.GetAsync("/api/docs/");
        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
    }
}
