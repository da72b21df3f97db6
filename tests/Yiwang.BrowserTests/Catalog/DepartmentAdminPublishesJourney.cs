using Microsoft.Playwright;
using Yiwang.Web.Data.Seed;

namespace Yiwang.BrowserTests.Catalog;

/// <summary>
/// The market-supervision admin signs in, edits 企业变更登记, is told why a wrong promised limit
/// cannot be published, fixes it, sets the item's own time rules (the hearing's maximum, the 补正
/// term), publishes, and the public guide shows the new version.
/// </summary>
[Collection(nameof(BrowserCollection))]
public class DepartmentAdminPublishesJourney(BrowserFixture fx)
{
    [Fact]
    public async Task Edits_publishes_and_the_public_page_shows_the_new_version()
    {
        var page = await fx.PageAsync();
        await BrowserFixture.JourneyAsync(page, "admin-publishes", async () =>
        {
            await page.GotoAsync("/login?returnUrl=%2Fstaff%2Fitems");
            await page.GetByLabel("用户名").FillAsync("scjg-admin");
            await page.GetByLabel("密码").FillAsync(DemoData.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
            await page.WaitForURLAsync("**/staff/items");
            await page.Locator("tr", new() { HasText = "企业变更登记" }).GetByRole(AriaRole.Link, new() { Name = "编辑" }).ClickAsync();
            await page.WaitForURLAsync("**/staff/items/430800-XK-0003/edit");
            await page.Locator("[data-interactive]").WaitForAsync(); // the circuit is live: clicks are handled

            // The item's own time rules: a 补正 term out of range is refused, naming the field.
            var rules = page.GetByTestId("time-rules");
            Assert.Contains("最多延长 3 个工作日。《市场主体登记管理条例》第十九条", await rules.GetByTestId("extension-in-force").InnerTextAsync());
            await rules.Locator("input[name='timeRules.supplementDays']").FillAsync("0");
            await page.GetByTestId("publish").ClickAsync();
            var error = page.GetByTestId("error");
            await error.WaitForAsync();
            Assert.Contains("补正期限应为1至180天", await page.Locator(".field-error[data-field='timeRules.supplementDays']").InnerTextAsync());
            await rules.Locator("input[name='timeRules.supplementDays']").FillAsync("15");
            await rules.GetByLabel("听证最长天数").FillAsync("30");
            await rules.GetByLabel("听证最长天数").DispatchEventAsync("change");
            await rules.GetByLabel("听证期限依据").FillAsync("《中华人民共和国行政许可法》第四十七条；本事项听证含公告期");
            await rules.GetByLabel("听证期限依据").DispatchEventAsync("change");

            await page.Locator("input[name=promisedLimitDays]").FillAsync("9"); // legal limit is 3
            await page.GetByTestId("publish").ClickAsync();
            await error.Filter(new() { HasText = "不得超过法定时限" }).WaitForAsync();
            Assert.Contains("不得超过法定时限", await page.Locator(".field-error[data-field=promisedLimitDays]").InnerTextAsync());

            await page.Locator("input[name=promisedLimitDays]").FillAsync("1");
            await page.Locator("input[name=officeHours]").FillAsync("周一至周六 8:30—18:00（延时服务）");
            await page.GetByTestId("publish").ClickAsync();
            await page.GetByTestId("status").Filter(new() { HasText = "已发布第 2 版" }).WaitForAsync();

            var item = await (await (await fx.App.ClientAsync()).GetAsync("/api/v1/items/430800-XK-0003")).Content.ReadAsStringAsync();
            Assert.Contains("\"supplementDays\":15", item);
            Assert.Contains("本事项听证含公告期", item);
            var pub = await fx.PageAsync();
            await pub.GotoAsync("/items/430800-XK-0003");
            var text = await pub.Locator("article.guide").InnerTextAsync();
            Assert.Contains("周一至周六 8:30—18:00（延时服务）", text);
            Assert.Contains("第 2 版", text);
            await pub.GotoAsync("/items/430800-XK-0003/v/1");
            Assert.Contains("历史版本", await pub.Locator("article.guide").InnerTextAsync());
            await pub.Context.CloseAsync();
        });
    }
}
