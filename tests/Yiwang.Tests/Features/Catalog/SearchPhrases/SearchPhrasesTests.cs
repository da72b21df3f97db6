using System.Net;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Catalog.SearchItems;
using Yiwang.Web.Features.Catalog.SearchPhrases;

namespace Yiwang.Tests.Features.Catalog.SearchPhrases;

/// <summary>The centre keeps the 群众常用语: seeded on start, changed by the platform admin, used by the search at once.</summary>
public class SearchPhrasesTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private static async Task<List<string>> FirstNamesAsync(HttpClient c, string q) =>
        (await (await c.GetAsync($"/api/v1/items?q={Uri.EscapeDataString(q)}&pageSize=3")).ReadAsync<SearchItemsResponse>()).Items.Select(i => i.Name).ToList();

    [Fact]
    public async Task The_list_is_seeded_and_an_added_phrase_finds_its_service_at_once()
    {
        var anyone = await app.ClientAsync();
        var seeded = await (await anyone.GetAsync("/api/v1/search-phrases")).ReadAsync<List<SearchPhraseView>>();
        Assert.True(seeded.Count >= 150);
        Assert.Contains(seeded, p => p.Phrase == "开饭店" && p.Means == "开办餐饮店一件事");
        Assert.Equal("开办餐饮店一件事", (await FirstNamesAsync(anyone, "开饭店"))[0]);

        Assert.DoesNotContain("动物防疫条件合格证核发", await FirstNamesAsync(anyone, "养鸡场"));
        var citizen = await app.ClientAsync("citizen");
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.PostJsonAsync("/api/v1/search-phrases", new { phrase = "养鸡场", means = "动物防疫条件合格证核发" })).StatusCode);

        var admin = await app.ClientAsync("admin");
        var problem = await Problem.ReadAsync(await admin.PostJsonAsync("/api/v1/search-phrases", new { phrase = "", means = new string('长', 60) }), HttpStatusCode.BadRequest);
        Assert.Contains("phrase", problem.Errors.Keys);
        Assert.Contains("means", problem.Errors.Keys);
        var added = await admin.PostJsonAsync("/api/v1/search-phrases", new { phrase = "养鸡场", means = "动物防疫条件合格证核发" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostJsonAsync("/api/v1/search-phrases", new { phrase = "养鸡场", means = "动物防疫条件合格证核发" })).StatusCode);
        Assert.Equal("动物防疫条件合格证核发", (await FirstNamesAsync(anyone, "我想开个养鸡场"))[0]);

        var id = (await added.ReadAsync<SearchPhraseView>()).Id;
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/search-phrases/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/v1/search-phrases/{id}")).StatusCode);
        Assert.DoesNotContain("动物防疫条件合格证核发", await FirstNamesAsync(anyone, "养鸡场"));
    }
}
