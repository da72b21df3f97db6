using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Common.Time;

namespace Yiwang.BrowserTests.Supervision;

/// <summary>A supervisor sees a yellow card appear for an overdue case and closes it after the department's answer.</summary>
[Collection(nameof(BrowserCollection))]
public class YellowCardJourney(BrowserFixture fx)
{
    [Fact]
    public async Task Yellow_card_is_raised_answered_and_closed()
    {
        // An accepted 食品经营许可 case whose promised limit ran out two working weeks ago.
        var c = await DemoCases.AcceptedAsync(fx.App);
        var today = fx.App.Clock.Today();
        await fx.App.WithDbAsync(db => db.Cases.Where(x => x.Number == c.Number)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Due, today.AddDays(-14)).SetProperty(x => x.NextCheckOn, today)));

        var supervisor = await fx.SignedInAsync("supervisor", "/staff/supervision");
        await BrowserFixture.JourneyAsync(supervisor, "supervision-yellow-card", async () =>
        {
            await supervisor.GetByTestId("sweep").ClickAsync();
            await supervisor.GetByRole(AriaRole.Status).Filter(new() { HasText = "巡查完成" }).WaitForAsync();
            var row = supervisor.GetByTestId("cards").Locator("tr", new() { HasText = c.Number }).Filter(new() { HasText = "超承诺时限" });
            Assert.Contains("黄牌", await row.InnerTextAsync());
            await row.GetByRole(AriaRole.Link, new() { Name = "超承诺时限" }).ClickAsync();
            await supervisor.GetByTestId("card-status").Filter(new() { HasText = "待答复" }).WaitForAsync();

            var department = await fx.SignedInAsync("scjg-admin", supervisor.Url.Replace(fx.BaseUrl, ""));
            await department.GetByLabel("原因说明").FillAsync("审查人员外出培训，未及时安排AB角");
            await department.GetByLabel("整改措施").FillAsync("已落实AB角制度，当日办结");
            await department.GetByRole(AriaRole.Button, new() { Name = "提交答复" }).ClickAsync();
            await department.GetByTestId("card-status").Filter(new() { HasText = "已答复" }).WaitForAsync();

            await supervisor.ReloadAsync();
            Assert.Contains("已落实AB角制度", await supervisor.GetByTestId("card-answer").InnerTextAsync());
            await supervisor.GetByLabel("意见").FillAsync("整改到位，予以办结");
            await supervisor.GetByRole(AriaRole.Button, new() { Name = "办结" }).ClickAsync();
            await supervisor.GetByTestId("card-status").Filter(new() { HasText = "已办结" }).WaitForAsync();
        });
    }
}
