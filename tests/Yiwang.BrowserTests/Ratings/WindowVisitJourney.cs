using Microsoft.Playwright;
using Yiwang.Tests.Infrastructure;

namespace Yiwang.BrowserTests.Ratings;

/// <summary>At the counter, after acceptance, the applicant rates today's window service on the evaluator tablet; the case itself is rated later.</summary>
[Collection(nameof(BrowserCollection))]
public class WindowVisitJourney(BrowserFixture fx)
{
    [Fact]
    public async Task The_applicant_rates_the_window_service_on_the_tablet()
    {
        var c = await DemoCases.AcceptedAsync(fx.App, applicantPresent: true);

        var page = await fx.SignedInAsync("clerk", $"/cases/{c.Number}");
        await BrowserFixture.JourneyAsync(page, "window-visit-rating", async () =>
        {
            // The clerk turns the evaluator to the applicant from the case page.
            await page.GetByTestId("open-evaluator").ClickAsync();
            var visit = page.GetByTestId("visit-rating");
            Assert.Contains("本次窗口服务评价", await visit.InnerTextAsync());
            // Offline sub-indicators: 服务水平 and 态度, not the online ones.
            await visit.Locator("select[name=\"Input.Scores[态度]\"]").SelectOptionAsync("5");
            Assert.Equal(0, await visit.Locator("select[name=\"Input.Scores[平台易用性]\"]").CountAsync());
            await visit.GetByLabel("非常满意", new() { Exact = true }).CheckAsync();
            await visit.GetByLabel("服务热情").CheckAsync();
            await visit.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();
            await page.GetByTestId("visit-rating").GetByTestId("rating-level").Filter(new() { HasText = "非常满意" }).WaitForAsync();
            Assert.Contains("窗口评价器", await page.GetByTestId("visit-rating").InnerTextAsync());
            // The case as a whole waits for its decision.
            Assert.Contains("办件作出决定后", await page.GetByTestId("rating").InnerTextAsync());
        });
    }
}
