using Microsoft.Playwright;

namespace Yiwang.BrowserTests.Cases;

/// <summary>
/// An enterprise applies online for 食品经营许可 on a phone through the guided steps (submit refused
/// while materials are missing; uploads, post as 送达方式) → the window clerk accepts → the approver reviews
/// and grants → the clerk posts the licence → the enterprise sees 办结 with the due-date explanation.
/// </summary>
[Collection(nameof(BrowserCollection))]
public class OnlineApplicationJourney(BrowserFixture fx)
{
    [Fact]
    public async Task Apply_accept_approve_deliver_and_the_applicant_sees_it_closed()
    {
        var applicant = await fx.SignedInAsync("enterprise", "/items/430800-XK-0005", 375);
        await BrowserFixture.JourneyAsync(applicant, "case-online", async () =>
        {
            // On a phone: the guided steps, each without sideways scrolling.
            await applicant.GetByRole(AriaRole.Link, new() { Name = "在线申办" }).ClickAsync();
            await Overflow.AssertNoneAsync(applicant, "填写信息");
            await applicant.GetByRole(AriaRole.Button, new() { Name = "保存，下一步：上传材料" }).ClickAsync();
            await applicant.GetByTestId("material-cards").WaitForAsync();
            await Overflow.AssertNoneAsync(applicant, "上传材料");
            var licence = applicant.Locator(".material-card[data-material='营业执照']");
            Assert.Contains("已调取电子证照", await licence.InnerTextAsync()); // drawn from the wallet (免证办), not asked for
            // Straight to the review without uploading: submit is refused, naming each missing material.
            await applicant.GotoAsync(applicant.Url.Replace("step=materials", "step=review"));
            await applicant.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
            var missing = await applicant.GetByTestId("missing-materials").InnerTextAsync();
            Assert.Contains("食品经营许可申请书", missing);
            Assert.Contains("食品安全管理制度文本", missing);
            Assert.Contains("尚缺必要材料", await applicant.GetByTestId("step-error").InnerTextAsync());
            await applicant.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "apply-review-refused-phone.png"), FullPage = true });
            Assert.Contains("草稿", await applicant.Locator(".apply-steps .meta").InnerTextAsync()); // still a draft, nothing lost
            await applicant.GetByRole(AriaRole.Link, new() { Name = "去上传材料" }).ClickAsync();
            await applicant.GetByTestId("material-cards").WaitForAsync();
            await GuidedApply.UploadMissingAsync(applicant);
            Assert.Equal(0, await applicant.Locator(".material-card[data-state=missing]").CountAsync());
            await applicant.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "apply-materials-phone.png"), FullPage = true });
            await applicant.GetByRole(AriaRole.Link, new() { Name = "下一步：送达方式" }).ClickAsync();
            await Overflow.AssertNoneAsync(applicant, "送达方式");
            await applicant.GetByRole(AriaRole.Radio, new() { Name = "邮寄送达" }).CheckAsync();
            await applicant.GetByRole(AriaRole.Button, new() { Name = "保存，下一步：确认提交" }).ClickAsync();
            await applicant.GetByTestId("step-error").WaitForAsync(); // post without an address is refused
            await applicant.GetByLabel("收件地址（邮寄送达，写到门牌号）").FillAsync("张家界市永定区天门路188号3栋");
            await applicant.GetByRole(AriaRole.Radio, new() { Name = "邮寄送达" }).CheckAsync();
            await applicant.GetByRole(AriaRole.Button, new() { Name = "保存，下一步：确认提交" }).ClickAsync();
            Assert.Contains("邮寄送达：张家界市永定区天门路188号3栋", await applicant.GetByTestId("review-delivery").InnerTextAsync());
            await Overflow.AssertNoneAsync(applicant, "确认提交");
            await applicant.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
            await applicant.WaitForURLAsync(GuidedApply.CasePage());
            var number = await applicant.GetByTestId("case-number").InnerTextAsync();
            Assert.Equal("待受理", await applicant.GetByTestId("case-status").InnerTextAsync());
            Assert.Contains("邮寄送达", await applicant.GetByTestId("case-delivery").InnerTextAsync());

            var clerk = await fx.SignedInAsync("clerk", "/staff/workbench");
            await clerk.GetByTestId("queue-待受理").GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
            var checklist = await clerk.GetByTestId("checklist").InnerTextAsync(); // the clerk checks what was sent against the list
            Assert.Contains("食品经营许可申请书.pdf", checklist); // the file the applicant gave in the materials step
            Assert.Contains("A级：电子证照，直接使用", checklist); // 营业执照 drawn from the licence library (免证办)
            Assert.Contains("已在线填写", checklist); // the 申请表 is the online form
            await clerk.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
            await Expect(clerk.GetByTestId("case-status"), "办理中（审查）");

            var approver = await fx.SignedInAsync("approver", $"/cases/{number}");
            await approver.GetByRole(AriaRole.Button, new() { Name = "审查 通过" }).ClickAsync();
            await Expect(approver.GetByTestId("case-status"), "办理中（决定）");
            await approver.GetByLabel("决定理由").FillAsync("符合食品经营许可条件");
            await approver.GetByRole(AriaRole.Button, new() { Name = "作出决定" }).ClickAsync();
            await Expect(approver.GetByTestId("case-status"), "待出件");

            await clerk.GotoAsync($"/cases/{number}");
            Assert.Contains("张家界市永定区天门路188号3栋", await clerk.GetByTestId("chosen-delivery").InnerTextAsync()); // the applicant's choice, preselected
            Assert.Equal("Post", await clerk.GetByLabel("送达方式").InputValueAsync());
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
