using Microsoft.Playwright;

namespace Yiwang.BrowserTests.Cases;

/// <summary>The clerk lists every missing material once; the applicant completes them and resubmits; the clerk accepts.</summary>
[Collection(nameof(BrowserCollection))]
public class SupplementJourney(BrowserFixture fx)
{
    [Fact]
    public async Task One_time_notice_then_resubmission_then_acceptance()
    {
        var applicant = await fx.SignedInAsync("enterprise", "/apply/430800-XK-0005");
        await BrowserFixture.JourneyAsync(applicant, "case-supplement", async () =>
        {
            await applicant.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
            await applicant.WaitForURLAsync("**/cases/ZJ-*");
            var number = await applicant.GetByTestId("case-number").InnerTextAsync();

            var clerk = await fx.SignedInAsync("clerk", $"/cases/{number}");
            // A notice that lists nothing is refused, and the page says why; the case waits as it was.
            await clerk.GetByRole(AriaRole.Button, new() { Name = "一次性告知补正" }).ClickAsync();
            await clerk.GetByTestId("case-error").Filter(new() { HasText = "一次性告知书须列明需补正的全部材料" }).WaitForAsync();
            Assert.Contains("待受理", await clerk.GetByTestId("case-status").InnerTextAsync());
            await clerk.GetByLabel("需补正的全部材料（每行一项）").FillAsync("食品安全管理制度文本\n设备设施布局图");
            await clerk.GetByRole(AriaRole.Button, new() { Name = "一次性告知补正" }).ClickAsync();
            await clerk.GetByTestId("case-status").Filter(new() { HasText = "待补正" }).WaitForAsync();

            await applicant.GotoAsync("/messages");
            Assert.Contains("设备设施布局图", await applicant.GetByTestId("messages").InnerTextAsync()); // told in the site (and by SMS)
            await applicant.GetByRole(AriaRole.Link, new() { Name = $"查看办件 {number}" }).ClickAsync();
            await applicant.WaitForURLAsync($"**/cases/{number}");
            var notice = await applicant.Locator("article.guide").InnerTextAsync();
            Assert.Contains("设备设施布局图", notice);
            await applicant.GetByRole(AriaRole.Button, new() { Name = "已补齐材料，重新提交" }).ClickAsync();
            await applicant.GetByTestId("case-status").Filter(new() { HasText = "待受理" }).WaitForAsync();

            await clerk.GotoAsync($"/cases/{number}");
            await clerk.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
            await clerk.GetByTestId("case-status").Filter(new() { HasText = "办理中" }).WaitForAsync();
            Assert.NotEqual("—", await clerk.GetByTestId("case-due").InnerTextAsync()); // the clock started only now
            await clerk.Context.CloseAsync();
        });
    }
}
