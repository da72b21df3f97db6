using Microsoft.Playwright;

namespace Yiwang.BrowserTests.Cases;

/// <summary>An enterprise fills the 企业设立登记 form, is told which answer is wrong, corrects it and submits.</summary>
[Collection(nameof(BrowserCollection))]
public class ApplicationFormJourney(BrowserFixture fx)
{
    [Fact]
    public async Task Fills_the_form_with_a_mistake_then_submits()
    {
        var page = await fx.SignedInAsync("enterprise", "/apply/430800-XK-0002");
        await BrowserFixture.JourneyAsync(page, "case-form", async () =>
        {
            var form = page.GetByTestId("application-form");
            await form.GetByLabel("企业名称").FillAsync("张家界云栈科技有限公司");
            await form.GetByLabel("企业类型").SelectOptionAsync(new SelectOptionValue { Label = "有限责任公司" });
            await form.GetByLabel("注册资本（万元）").FillAsync("一百万");
            await form.GetByLabel("住所").FillAsync("张家界市永定区子午路88号");
            await page.GetByRole(AriaRole.Button, new() { Name = "保存，下一步：上传材料" }).ClickAsync();
            var error = page.Locator(".field-error[data-field='form.capital']");
            await error.WaitForAsync();
            Assert.Equal("注册资本（万元）应为数字", await error.InnerTextAsync());

            await page.GetByTestId("application-form").GetByLabel("注册资本（万元）").FillAsync("100");
            await GuidedApply.SubmitAsync(page);
            var data = await page.GetByTestId("form-data").InnerTextAsync();
            Assert.Contains("张家界云栈科技有限公司", data);
            Assert.Contains("4308**********", data); // the prefilled ID number is shown masked
        });
    }
}
