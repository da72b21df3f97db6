using Microsoft.Playwright;
using Yiwang.BrowserTests.Cases;
using Yiwang.Tests.Features.Policies;

namespace Yiwang.BrowserTests.Policies;

/// <summary>
/// 秒批: a citizen applies online for an item with an automatic-approval rule, lets the platform draw
/// the ID card licence, and finds the case granted by the system at once; the department opens the
/// 秒批 records, reads the comparison and records its review.
/// </summary>
[Collection(nameof(BrowserCollection))]
public class InstantApprovalJourney(BrowserFixture fx)
{
    [Fact]
    public async Task A_citizen_is_granted_at_once_and_the_department_reviews_the_grant()
    {
        var code = await InstantApprovalTests.ItemCodeAsync(fx.App, "就业创业证申领");
        await using var desks = new SignedInPages(fx);
        var citizen = await desks.OfAsync("citizen");
        await BrowserFixture.JourneyAsync(citizen, "instant-approval-citizen", async () =>
        {
            await citizen.GotoAsync($"/items/{code}");
            Assert.Contains("支持智能自动审批", await citizen.GetByTestId("instant").InnerTextAsync());
            await citizen.GotoAsync($"/apply/{code}");
            await citizen.Locator("[name=\"Input.Form[status]\"]").SelectOptionAsync("灵活就业");
            Assert.True(await citizen.GetByTestId("licence-offers").Locator("input[type=checkbox]").IsCheckedAsync()); // 免证办 consent
            var number = await GuidedApply.SubmitAsync(citizen);
            Assert.Equal("待出件", await citizen.GetByTestId("case-status").InnerTextAsync());
            Assert.Contains("系统（秒批）", await citizen.Locator("main").InnerTextAsync());

            var approver = await desks.OfAsync("rs-approver");
            await approver.GotoAsync("/staff/instant-approvals?show=granted");
            var row = approver.Locator($"[data-testid=instant][data-number=\"{number}\"]");
            Assert.Contains("系统准予", await row.InnerTextAsync());
            await row.GetByText("比对过程与依据").ClickAsync();
            Assert.Contains("申请人年龄", await row.InnerTextAsync());
            await row.GetByLabel("无误").CheckAsync();
            await row.GetByRole(AriaRole.Button, new() { Name = "提交复核" }).ClickAsync();
            await approver.GetByTestId("done").WaitForAsync();
            await approver.GotoAsync("/staff/instant-approvals?show=granted");
            Assert.Contains("复核：无误", await approver.Locator($"[data-testid=instant][data-number=\"{number}\"]").InnerTextAsync());
        });
    }
}
