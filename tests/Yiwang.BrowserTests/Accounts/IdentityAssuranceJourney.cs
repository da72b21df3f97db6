using System.Net.Http.Headers;
using Microsoft.Playwright;
using Yiwang.Web.Common.Documents;
using Yiwang.Web.Data.Seed;
using Yiwang.Web.Features.Licences.Import;

namespace Yiwang.BrowserTests.Accounts;

/// <summary>
/// A person registers (L1: her licence is not shown), proves her phone with the SMS code (L2: still
/// not), has a window clerk check her ID card (L3), and only then finds her licence in the wallet.
/// </summary>
[Collection(nameof(BrowserCollection))]
public class IdentityAssuranceJourney(BrowserFixture fx)
{
    [Fact]
    public async Task Register_prove_the_phone_get_checked_at_a_window_and_only_then_see_the_licence()
    {
        var id = DemoData.WithCheckDigit("43080219920815002"); // 王芳, in the demo 人口库
        var admin = await fx.App.ClientAsync("admin");
        var sheet = new ByteArrayContent(Spreadsheet.Table("证照", ImportLicencesHandler.Columns,
            [(IReadOnlyList<object?>)["居民户口簿", "HK430802-0000901", "王芳", id, "市公安局", "2020-06-01", "长期", "户号：430802000901"]]));
        sheet.Headers.ContentType = new MediaTypeHeaderValue(Spreadsheet.ContentType);
        Assert.True((await admin.PostAsync("/api/v1/licences/import", new MultipartFormDataContent { { sheet, "file", "证照.xlsx" } })).IsSuccessStatusCode);

        var page = await fx.PageAsync(375, 800);
        await BrowserFixture.JourneyAsync(page, "identity-assurance", async () =>
        {
            await page.GotoAsync("/register");
            await page.GetByLabel("用户名").FillAsync("wangfang-b");
            await page.GetByLabel("密码（至少8位，含字母和数字）").FillAsync(DemoData.Password);
            await page.GetByLabel("真实姓名 / 单位名称").FillAsync("王芳");
            await page.GetByLabel("身份证号码（法人填写法定代表人的）").FillAsync(id);
            await page.GetByLabel("手机号码").FillAsync("13574401122");
            await page.GetByRole(AriaRole.Button, new() { Name = "注册" }).ClickAsync();
            await page.GetByRole(AriaRole.Status).WaitForAsync();

            await page.GotoAsync("/login?returnUrl=%2Fwallet");
            await page.GetByLabel("用户名").FillAsync("wangfang-b");
            await page.GetByLabel("密码").FillAsync(DemoData.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
            await page.WaitForURLAsync("**/wallet");
            Assert.Contains("L3", await page.GetByTestId("wallet-needs-l3").InnerTextAsync());
            Assert.Equal(0, await page.GetByText("居民户口簿").CountAsync());

            await page.GetByRole(AriaRole.Link, new() { Name = "账号与安全" }).First.ClickAsync();
            Assert.Contains("L1", await page.GetByTestId("assurance-level").InnerTextAsync());
            await page.GetByRole(AriaRole.Button, new() { Name = "获取短信验证码" }).ClickAsync();
            await page.GetByText("验证码已发送").WaitForAsync();
            await page.GetByLabel("短信验证码").FillAsync(fx.App.SmsCode("13574401122"));
            await page.GetByRole(AriaRole.Button, new() { Name = "验证", Exact = true }).ClickAsync();
            await page.GetByText("已升为 L2 实名认证").WaitForAsync();
            Assert.Contains("L2", await page.GetByTestId("assurance-level").InnerTextAsync());
            await page.GotoAsync("/wallet");
            Assert.Equal(0, await page.GetByText("居民户口簿").CountAsync());

            // At the window: the clerk holds her ID card.
            var clerk = await fx.SignedInAsync("clerk", "/staff/identity");
            await clerk.GetByLabel("姓名（按身份证）").FillAsync("王芳");
            await clerk.GetByLabel("公民身份号码（按身份证）").FillAsync(id);
            await clerk.GetByLabel("已核验申请人本人及其身份证原件").CheckAsync();
            await clerk.GetByRole(AriaRole.Button, new() { Name = "核验并升为 L3" }).ClickAsync();
            Assert.Contains("L3", await clerk.GetByTestId("identity-done").InnerTextAsync());
            Assert.Contains("4308**********", await clerk.GetByTestId("identity-done").InnerTextAsync());

            // Her own session, unchanged, now sees the licence.
            await page.GotoAsync("/wallet");
            await page.GetByText("居民户口簿").WaitForAsync();
            await page.GotoAsync("/account");
            Assert.Contains("L3", await page.GetByTestId("assurance-level").InnerTextAsync());
            Assert.Contains("窗口核验身份证原件", await page.GetByTestId("assurance").InnerTextAsync());
        });
    }
}
