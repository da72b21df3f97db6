using Microsoft.Playwright;

namespace Yiwang.BrowserTests.Catalog;

/// <summary>
/// A citizen on a phone searches the way people talk: 开饭店 finds the 一件事 first, yyzz finds 营业执照,
/// a 慈利县 searcher sees the county's copy first once they chose the county, and a query that finds
/// nothing offers 您是不是要找 and 12345.
/// </summary>
[Collection(nameof(BrowserCollection))]
public class EverydaySearchJourney(BrowserFixture fx)
{
    [Fact]
    public async Task Everyday_words_pinyin_district_and_no_result()
    {
        var page = await fx.PageAsync(375, 800);
        await BrowserFixture.JourneyAsync(page, "search-everyday", async () =>
        {
            await page.GotoAsync("/");
            await page.GetByRole(AriaRole.Searchbox, new() { Name = "搜索事项" }).FillAsync("开饭店");
            await page.GetByRole(AriaRole.Button, new() { Name = "搜索", Exact = true }).ClickAsync();
            await page.WaitForURLAsync("**/items?q=*");
            var first = page.Locator(".results li").First;
            Assert.Equal("开办餐饮店一件事", await first.Locator("a.title").InnerTextAsync());
            Assert.Contains("一件事一次办", await first.InnerTextAsync());
            Assert.Contains("已按“开办餐饮店一件事”查找", await page.Locator("p.meta").First.InnerTextAsync());
            // Results come before the filters on a phone.
            var results = await page.Locator(".results").BoundingBoxAsync();
            var filters = await page.Locator(".filters").BoundingBoxAsync();
            Assert.True(results!.Y < filters!.Y, "the filters push the results off the first screen");
            Assert.False(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1"), "wider than 375px");
            await first.Locator("a.title").ClickAsync();
            await page.WaitForURLAsync("**/bundles/restaurant-opening");

            await page.GotoAsync("/items?q=yyzz");
            Assert.Contains(await page.Locator(".results li a.title").First.InnerTextAsync(), new[] { "个体工商户设立登记", "企业设立登记" });

            // Choosing 慈利县 once: its own copy of a service comes first afterwards.
            await page.GotoAsync("/items?q=个体户&division=430821000000");
            await page.GotoAsync("/items?q=个体户");
            Assert.Contains("慈利县的事项优先", await page.Locator("p.meta").First.InnerTextAsync());
            Assert.Contains("慈利县", await page.Locator(".results li").First.InnerTextAsync());

            await page.GotoAsync("/items?q=宠物狗证");
            var none = page.GetByTestId("did-you-mean");
            Assert.Contains("您是不是要找", await none.InnerTextAsync());
            Assert.True(await none.Locator("a[href^='/items/'], a[href^='/bundles/']").CountAsync() > 0);
            Assert.Equal("tel:12345", await none.Locator("a[href^='tel:']").GetAttributeAsync("href"));
        });
    }
}
