using Microsoft.Playwright;

namespace Yiwang.BrowserTests.Catalog;

/// <summary>A citizen searches “个体 营业执照” on the portal and reads the service guide — on a PC, on a phone, and with JavaScript off.</summary>
[Collection(nameof(BrowserCollection))]
public class CitizenFindsAGuideJourney(BrowserFixture fx)
{
    [Theory]
    [InlineData(1280, true, "desktop")]
    [InlineData(375, true, "phone")]
    [InlineData(375, false, "phone-no-js")]
    public async Task Searches_and_opens_the_guide(int width, bool javaScript, string name)
    {
        var page = await fx.PageAsync(width, 800, javaScript);
        await BrowserFixture.JourneyAsync(page, "search-guide-" + name, async () =>
        {
            await page.GotoAsync("/");
            await page.GetByRole(AriaRole.Searchbox, new() { Name = "搜索事项" }).FillAsync("个体 营业执照");
            await page.GetByRole(AriaRole.Button, new() { Name = "搜索", Exact = true }).ClickAsync();
            await page.WaitForURLAsync("**/items?q=*");
            var first = page.Locator(".results li a.title").First;
            Assert.Equal("个体工商户设立登记", await first.InnerTextAsync());
            await first.ClickAsync();
            await page.WaitForURLAsync("**/items/430800-XK-0001");
            Assert.Equal("个体工商户设立登记", await page.Locator("h1").InnerTextAsync());
            Assert.Equal("即办", await page.GetByTestId("promised").InnerTextAsync());
            Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "申请材料" }).IsVisibleAsync());
            Assert.Contains("营业执照", await page.Locator("article.guide").InnerTextAsync());
            var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth + 1");
            Assert.False(overflow, $"page is wider than the {width}px screen");
        });
    }
}
