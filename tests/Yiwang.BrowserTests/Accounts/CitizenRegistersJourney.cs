using Microsoft.Playwright;
using Yiwang.Web.Data.Seed;

namespace Yiwang.BrowserTests.Accounts;

/// <summary>A citizen mistypes the ID number, is told beside the field, corrects it and registers.</summary>
[Collection(nameof(BrowserCollection))]
public class CitizenRegistersJourney(BrowserFixture fx)
{
    [Fact]
    public async Task Wrong_check_digit_is_explained_then_registration_succeeds()
    {
        var id = DemoData.WithCheckDigit("43082219951120456");
        var wrong = id[..17] + (id[17] == '0' ? '1' : '0');
        var page = await fx.PageAsync(375, 800);
        await BrowserFixture.JourneyAsync(page, "citizen-registers", async () =>
        {
            await page.GotoAsync("/register");
            await page.GetByLabel("用户名").FillAsync("liuyang");
            await page.GetByLabel("密码（至少8位，含字母和数字）").FillAsync("liuyang-2026");
            await page.GetByLabel("真实姓名 / 单位名称").FillAsync("刘洋");
            await page.GetByLabel("身份证号码（法人填写法定代表人的）").FillAsync(wrong);
            await page.GetByLabel("手机号码").FillAsync("13907441111");
            await page.GetByRole(AriaRole.Button, new() { Name = "注册" }).ClickAsync();
            var error = page.Locator(".field-error[data-field=idNumber]");
            await error.WaitForAsync();
            Assert.Equal("身份证号码校验位错误", await error.InnerTextAsync());

            await page.GetByLabel("身份证号码（法人填写法定代表人的）").FillAsync(id);
            await page.GetByRole(AriaRole.Button, new() { Name = "注册" }).ClickAsync();
            var ok = page.GetByRole(AriaRole.Status);
            await ok.WaitForAsync();
            Assert.Contains("4308**********" + id[^4..], await ok.InnerTextAsync()); // masked, never the full number
        });
    }
}
