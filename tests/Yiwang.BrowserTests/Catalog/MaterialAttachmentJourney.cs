using Microsoft.Playwright;

namespace Yiwang.BrowserTests.Catalog;

/// <summary>The department admin uploads a filled sample for a material; a citizen on a phone finds it in the guide's 表格下载.</summary>
[Collection(nameof(BrowserCollection))]
public class MaterialAttachmentJourney(BrowserFixture fx)
{
    [Fact]
    public async Task An_admin_uploads_a_sample_and_the_guide_offers_it()
    {
        var admin = await fx.SignedInAsync("scjg-admin", "/staff/items");
        await BrowserFixture.JourneyAsync(admin, "material-attachment", async () =>
        {
            await admin.GotoAsync("/staff/items/430800-XK-0005/attachments");
            var card = admin.Locator(".material-card[data-material='与食品经营相适应的主要设备设施布局、操作流程等文件']");
            await card.GetByLabel("类型").SelectOptionAsync(new SelectOptionValue { Label = "示例样表" });
            await card.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "布局图示例.pdf", MimeType = "application/pdf", Buffer = Cases.GuidedApply.Pdf });
            await card.GetByRole(AriaRole.Button, new() { Name = "上传" }).ClickAsync();
            await admin.Locator(".notice.ok", new() { HasText = "示例样表" }).WaitForAsync();
            Assert.Contains("布局图示例.pdf", await admin.Locator(".material-card[data-material='与食品经营相适应的主要设备设施布局、操作流程等文件']").InnerTextAsync());

            var citizen = await fx.PageAsync(375, 812);
            await citizen.GotoAsync("/items/430800-XK-0005");
            var row = citizen.GetByTestId("guide-materials").Locator("tr", new() { HasText = "设备设施布局" });
            Assert.Equal("示例样表", (await row.GetByTestId("attachment").InnerTextAsync()).Trim());
            Assert.Equal(1, await citizen.GetByTestId("guide-materials").GetByTestId("form-sample").CountAsync()); // the 申请表's own, generated
            await citizen.Context.CloseAsync();
        });
    }
}
