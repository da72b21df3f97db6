using Microsoft.Playwright;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Ratings.RateCase;

namespace Yiwang.BrowserTests.Ratings;

/// <summary>An applicant rates a decided case 不满意 on its page, and later reads the department's rectification reply there.</summary>
[Collection(nameof(BrowserCollection))]
public class BadRatingJourney(BrowserFixture fx)
{
    [Fact]
    public async Task Rates_dissatisfied_and_sees_the_reply()
    {
        var c = await DemoCases.DecidedAsync(fx.App);

        var page = await fx.SignedInAsync("enterprise", $"/cases/{c.Number}");
        await BrowserFixture.JourneyAsync(page, "rating-bad-then-reply", async () =>
        {
            var form = page.GetByTestId("rating-form");
            await form.GetByLabel("不满意", new() { Exact = true }).CheckAsync();
            await form.GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();
            Assert.Equal("差评请至少选择一项原因", await page.Locator(".field-error[data-field='reasons']").InnerTextAsync());

            await page.GetByTestId("rating-form").GetByLabel("不满意", new() { Exact = true }).CheckAsync();
            await page.GetByTestId("rating-form").GetByLabel("办理时间长").CheckAsync();
            await page.GetByTestId("rating-form").GetByLabel("意见建议").FillAsync("审查等了很久");
            await page.GetByTestId("rating-form").GetByRole(AriaRole.Button, new() { Name = "提交评价" }).ClickAsync();
            await page.GetByTestId("rectification-status").Filter(new() { HasText = "待整改" }).WaitForAsync();
            Assert.Equal("不满意", await page.GetByTestId("rating-level").InnerTextAsync());

            // The department rectifies and replies (its own page is covered by the API tests).
            var state = await (await (await fx.App.ClientAsync("enterprise")).GetAsync($"/api/v1/cases/{c.Number}/rating")).ReadAsync<RatingState>();
            await (await fx.App.ClientAsync("scjg-admin")).PostJsonAsync($"/api/v1/rectifications/{state.Rating!.Rectification!.Id}/complete",
                new { measures = "实行审查时限提醒", reply = "已实行审查环节时限提醒，感谢您的监督" });

            await page.ReloadAsync();
            Assert.Contains("已实行审查环节时限提醒", await page.GetByTestId("rectification-reply").InnerTextAsync());
        });
    }
}
