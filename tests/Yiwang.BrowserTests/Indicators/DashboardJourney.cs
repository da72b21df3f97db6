using Microsoft.Playwright;
using Yiwang.Tests.Infrastructure;

namespace Yiwang.BrowserTests.Indicators;

/// <summary>A supervisor opens the reform dashboard, reads 平均跑动次数 with its charts, and drills down to the closed cases behind it.</summary>
[Collection(nameof(BrowserCollection))]
public class DashboardJourney(BrowserFixture fx)
{
    [Fact]
    public async Task Shows_an_indicator_and_drills_down_to_its_cases()
    {
        // One case closed today after the applicant came to the window once.
        var c = await DemoCases.DecidedAsync(fx.App, applicantPresent: true, deliver: true);

        var page = await fx.SignedInAsync("supervisor", "/staff");
        await BrowserFixture.JourneyAsync(page, "indicators-dashboard", async () =>
        {
            await page.GetByRole(AriaRole.Link, new() { Name = "改革指标" }).ClickAsync();
            var row = page.GetByTestId("indicators").Locator("tr[data-key='average-trips']");
            Assert.Contains("平均跑动次数", await row.InnerTextAsync());
            Assert.Contains("≤ 0.5次", await row.InnerTextAsync());
            Assert.Contains("分子：期间内办结办件的跑动次数之和", await row.Locator("td[title]").GetAttributeAsync("title"));
            // ECharts drew both charts from the local asset.
            await page.Locator("#chart-rates canvas").First.WaitForAsync();
            await page.Locator("#chart-ranking canvas, #chart-ranking.meta").First.WaitForAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "indicators-dashboard-top.png"), FullPage = true });

            await row.GetByRole(AriaRole.Link).ClickAsync();
            var records = page.GetByTestId("indicator-records");
            await records.WaitForAsync();
            Assert.Contains(c.Number, await records.InnerTextAsync());
            Assert.Contains("跑动 1 次", await records.Locator("tr", new() { HasText = c.Number }).InnerTextAsync());
        });
    }
}
