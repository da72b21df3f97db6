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
            // ECharts drew the charts from the local asset.
            await page.Locator("#chart-trend canvas").First.WaitForAsync();
            await page.Locator("#chart-rates canvas").First.WaitForAsync();
            await page.Locator("#chart-ranking canvas, #chart-ranking.meta").First.WaitForAsync();
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "indicators-dashboard-top.png"), FullPage = true });

            await row.GetByRole(AriaRole.Link).ClickAsync();
            var records = page.GetByTestId("indicator-records");
            await records.WaitForAsync();
            Assert.Contains(c.Number, await records.InnerTextAsync());
            Assert.Contains("跑动 1 次", await records.Locator("tr", new() { HasText = c.Number }).InnerTextAsync());

            // The same figure for the window that accepted the case: the clerk's window 01.
            await page.GotoAsync("/staff/indicators");
            await page.Locator("select[name=scope]").SelectOptionAsync(new SelectOptionValue { Label = "张家界市政务服务中心 A01 号 综合受理窗口" });
            await page.GetByRole(AriaRole.Button, new() { Name = "统计" }).ClickAsync();
            await page.GetByText("A01 号窗口（综合受理窗口）").First.WaitForAsync();
            var windowRow = page.GetByTestId("indicators").Locator("tr[data-key='average-trips']");
            var scope = new Uri(page.Url).Query;
            var api = await (await (await fx.App.ClientAsync("supervisor")).GetAsync("/api/v1/indicators" + scope)).ReadAsync<Yiwang.Web.Features.Indicators.IndicatorReport>();
            var trips = api.Indicators.Single(i => i.Key == "average-trips");
            Assert.StartsWith("window:", api.Scope);
            Assert.True(trips.Denominator >= 1);
            Assert.Contains($"{trips.Numerator:0} / {trips.Denominator:0}", await windowRow.InnerTextAsync());
        });
    }
}
