using Microsoft.Playwright;

namespace Yiwang.BrowserTests.Cases;

/// <summary>
/// An enterprise applies online for 食品经营许可 → the window clerk accepts → the approver reviews
/// and grants → the clerk posts the licence → the enterprise sees 办结 with the due-date explanation.
/// </summary>
[Collection(nameof(BrowserCollection))]
public class OnlineApplicationJourney(BrowserFixture fx)
{
    [Fact]
    public async Task Apply_accept_approve_deliver_and_the_applicant_sees_it_closed()
    {
        var applicant = await fx.SignedInAsync("enterprise", "/items/430800-XK-0005");
        await BrowserFixture.JourneyAsync(applicant, "case-online", async () =>
        {
            await applicant.GetByRole(AriaRole.Link, new() { Name = "在线申办" }).ClickAsync();
            await applicant.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
            await applicant.WaitForURLAsync("**/cases/ZJ-*");
            var number = await applicant.GetByTestId("case-number").InnerTextAsync();
            Assert.Equal("待受理", await applicant.GetByTestId("case-status").InnerTextAsync());
            await applicant.GetByLabel("材料").SelectOptionAsync(new SelectOptionValue { Label = "食品经营许可申请书" });
            await applicant.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
            {
                Name = "食品经营许可申请书.pdf", MimeType = "application/pdf",
                Buffer = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF"u8.ToArray(),
            });
            await applicant.GetByRole(AriaRole.Button, new() { Name = "上传材料" }).ClickAsync();
            await applicant.GetByTestId("materials").Filter(new() { HasText = "食品经营许可申请书.pdf" }).WaitForAsync();

            var clerk = await fx.SignedInAsync("clerk", "/staff/workbench");
            await clerk.GetByTestId("queue-待受理").GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
            var checklist = await clerk.GetByTestId("checklist").InnerTextAsync(); // the clerk checks what was sent against the list
            Assert.Contains("食品经营许可申请书.pdf", checklist);
            Assert.Contains("A级：电子证照，直接使用", checklist); // 营业执照 drawn from the licence library (免证办)
            Assert.Contains("已在线填写", checklist); // the 申请表 is the online form
            Assert.Contains("未提交", checklist);
            await clerk.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
            await Expect(clerk.GetByTestId("case-status"), "办理中（审查）");

            var approver = await fx.SignedInAsync("approver", $"/cases/{number}");
            await approver.GetByRole(AriaRole.Button, new() { Name = "审查 通过" }).ClickAsync();
            await Expect(approver.GetByTestId("case-status"), "办理中（决定）");
            await approver.GetByLabel("决定理由").FillAsync("符合食品经营许可条件");
            await approver.GetByRole(AriaRole.Button, new() { Name = "作出决定" }).ClickAsync();
            await Expect(approver.GetByTestId("case-status"), "待出件");

            await clerk.GotoAsync($"/cases/{number}");
            await clerk.GetByLabel("送达方式").SelectOptionAsync(new SelectOptionValue { Label = "邮寄送达" });
            await clerk.GetByLabel("快递单号（邮寄时）").FillAsync("SF1234567890");
            await clerk.GetByRole(AriaRole.Button, new() { Name = "出件办结" }).ClickAsync();
            await Expect(clerk.GetByTestId("case-status"), "办结");

            await applicant.GotoAsync("/cases");
            Assert.Contains("办结", await applicant.Locator(".results li", new() { HasText = number }).InnerTextAsync());
            await applicant.GotoAsync($"/cases/{number}");
            var page = await applicant.Locator("article.guide").InnerTextAsync();
            Assert.Contains("办结期限是怎么算的", page);
            Assert.Contains("受理当日不计", page);
            Assert.Contains("SF1234567890", page);
            await clerk.Context.CloseAsync();
            await approver.Context.CloseAsync();
        });
    }

    private static async Task Expect(ILocator locator, string text)
    {
        await locator.Filter(new() { HasText = text }).WaitForAsync();
        Assert.Equal(text, await locator.InnerTextAsync());
    }
}
