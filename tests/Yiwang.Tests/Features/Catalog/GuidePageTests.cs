using System.Net;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Catalog.EditItem;
using Yiwang.Web.Features.Catalog.GetItem;

namespace Yiwang.Tests.Features.Catalog;

/// <summary>The public guide page is output-cached and follows a publish at once.</summary>
public class GuidePageTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    [Fact]
    public async Task Cached_guide_page_shows_the_new_version_after_publishing()
    {
        var anon = await app.ClientAsync();
        var first = await anon.GetAsync("/items/430800-QR-0011");
        var html = await first.Content.ReadAsStringAsync();
        Assert.Contains("出生登记", html);
        Assert.False(first.Headers.Contains("Set-Cookie")); // cacheable: no cookie for anonymous visitors
        var second = await anon.GetAsync("/items/430800-QR-0011");
        Assert.True(second.Headers.Age.HasValue, "the second read should come from the output cache");

        var admin = await app.ClientAsync("ga-admin");
        var view = await (await admin.GetAsync("/api/v1/items/430800-QR-0011")).ReadAsync<ItemGuideView>();
        view.Guide.OfficeHours = "全天候 7×24 小时网上办理";
        await (await admin.PutJsonAsync("/api/v1/items/430800-QR-0011/draft", new SaveDraftRequest(view.Guide, view.Concurrency))).ReadAsync<DraftSaved>();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync("/api/v1/items/430800-QR-0011/publish", null)).StatusCode);

        var after = await anon.GetStringAsync("/items/430800-QR-0011");
        Assert.Contains("全天候 7×24 小时网上办理", after);
        Assert.Contains("第 2 版", after);
        var old = await anon.GetStringAsync("/items/430800-QR-0011/v/1");
        Assert.Contains("历史版本", old);
    }

    [Fact]
    public async Task Unknown_item_page_is_404_with_a_message()
    {
        var response = await (await app.ClientAsync()).GetAsync("/items/NO-SUCH-ITEM");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面未找到", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Portal_pages_render_without_javascript()
    {
        var anon = await app.ClientAsync();
        Assert.Contains("个体工商户设立登记", await anon.GetStringAsync("/items?q=个体 营业执照"));
        Assert.Contains("永定区", await anon.GetStringAsync("/divisions"));
        Assert.Contains("办不成事反映窗口", await anon.GetStringAsync("/halls"));
        Assert.Contains("市市场监管局", await anon.GetStringAsync("/departments"));
        var bad = await anon.GetAsync("/items?type=不存在");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("事项类型“不存在”无效", await bad.Content.ReadAsStringAsync());
        var staff = await anon.GetAsync("/staff/items");
        Assert.Equal(HttpStatusCode.Redirect, staff.StatusCode);
        Assert.StartsWith("/login", staff.Headers.Location!.OriginalString.Replace("http://localhost", ""));
    }
}
