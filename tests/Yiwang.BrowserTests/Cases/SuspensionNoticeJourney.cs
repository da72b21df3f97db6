using Microsoft.Playwright;
using Yiwang.Tests.Infrastructure;

namespace Yiwang.BrowserTests.Cases;

/// <summary>
/// 行政许可法 §45 as the applicant lives it, on the phone: the approver starts a hearing (听证) within its
/// maximum; the enterprise is told by message, opens its case, reads the 特别程序告知书, and finds on the
/// progress query that the clock is stopped and until when; when the hearing ends, the new due date.
/// </summary>
[Collection(nameof(BrowserCollection))]
public class SuspensionNoticeJourney(BrowserFixture fx)
{
    [Fact]
    public async Task The_applicant_reads_the_suspension_notice_and_the_new_due_date()
    {
        var c = await DemoCases.AcceptedAsync(fx.App);
        var view = await (await (await fx.App.ClientAsync("enterprise")).GetAsync($"/api/v1/cases/{c.Number}")).ReadAsync<Yiwang.Web.Features.Cases.Read.CaseView>();
        var approver = await fx.SignedInAsync("approver", $"/cases/{c.Number}");
        await BrowserFixture.JourneyAsync(approver, "suspension-notice", async () =>
        {
            var actions = approver.GetByTestId("actions");
            // The form offers each procedure with the item's maximum; a longer one is refused with its basis.
            await actions.Locator("select[name='Input.Kind']").SelectOptionAsync(new SelectOptionValue { Label = "听证（最长20天）" });
            await actions.GetByLabel("预计天数（不填按最长期限）").FillAsync("30");
            await actions.GetByLabel("批准人").FillAsync("张局长");
            await actions.GetByLabel("特别程序理由（将书面告知申请人）").FillAsync("利害关系人申请听证");
            await actions.GetByRole(AriaRole.Button, new() { Name = "启动特别程序（暂停计时）" }).ClickAsync();
            Assert.Contains("最长20天", await approver.GetByTestId("case-error").InnerTextAsync());
            await actions.Locator("select[name='Input.Kind']").SelectOptionAsync(new SelectOptionValue { Label = "听证（最长20天）" });
            await actions.GetByLabel("预计天数（不填按最长期限）").FillAsync("");
            await actions.GetByLabel("批准人").FillAsync("张局长");
            await actions.GetByLabel("特别程序理由（将书面告知申请人）").FillAsync("利害关系人申请听证");
            await actions.GetByRole(AriaRole.Button, new() { Name = "启动特别程序（暂停计时）" }).ClickAsync();
            await approver.GetByTestId("case-status").Filter(new() { HasText = "特别程序中" }).WaitForAsync();

            var enterprise = await fx.SignedInAsync("enterprise", "/messages", width: 375);
            Assert.Contains("办件进入特别程序", await enterprise.Locator("main").InnerTextAsync());
            await enterprise.GotoAsync($"/cases/{c.Number}");
            Assert.Contains("预计至 2026-12-14", await enterprise.GetByTestId("case-suspension").InnerTextAsync());
            var link = enterprise.GetByTestId("notices").GetByRole(AriaRole.Link, new() { Name = "特别程序告知书（PDF）" });
            var pdf = await enterprise.APIRequest.GetAsync((await link.GetAttributeAsync("href"))!);
            Assert.Equal(200, pdf.Status);
            Assert.Equal("application/pdf", pdf.Headers["content-type"]);

            await enterprise.GotoAsync($"/progress?number={c.Number}&name={Uri.EscapeDataString(view.ApplicantName)}");
            Assert.Equal("2026-12-03", await enterprise.GetByTestId("progress-due").InnerTextAsync());
            Assert.Contains("特别程序（听证）进行中：自 2026-11-25 起暂停计时，预计至 2026-12-14", await enterprise.GetByTestId("progress-due-notes").InnerTextAsync());
            await enterprise.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "suspension-progress-phone.png"), FullPage = true });

            await approver.GetByRole(AriaRole.Button, new() { Name = "特别程序结束，恢复计时" }).ClickAsync();
            await approver.GetByTestId("case-status").Filter(new() { HasNotText = "特别程序中" }).WaitForAsync();
            await enterprise.ReloadAsync();
            Assert.Equal("2026-12-04", await enterprise.GetByTestId("progress-due").InnerTextAsync()); // the hearing's one working day added
            Assert.Contains("特别程序（听证）2026-11-25 至 2026-11-25", await enterprise.GetByTestId("progress-due-notes").InnerTextAsync());
            await enterprise.Context.CloseAsync();
        });
    }
}
