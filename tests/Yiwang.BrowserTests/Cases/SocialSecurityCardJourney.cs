using Microsoft.Playwright;

namespace Yiwang.BrowserTests.Cases;

/// <summary>
/// 社会保障卡申领 (即办件, 市人社局) at the window to 办结: the department's own approver decides it, so a
/// case no longer waits "办理中" for an approver the demo did not have. The timeline names the staff, not their logins.
/// </summary>
[Collection(nameof(BrowserCollection))]
public class SocialSecurityCardJourney(BrowserFixture fx)
{
    [Fact]
    public async Task Accepted_at_the_window_decided_by_the_department_and_handed_over()
    {
        var clerk = await fx.SignedInAsync("clerk", "/apply/430800-GG-0016");
        await BrowserFixture.JourneyAsync(clerk, "case-social-security-card", async () =>
        {
            var number = await WindowSteps.ApplyForCitizenAndAcceptAsync(clerk);

            // The 人社局's approver finds it in the department's queue and decides it.
            var approver = await fx.SignedInAsync("rs-approver", "/staff/workbench");
            await approver.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
            await approver.GetByLabel("决定理由").FillAsync("身份核验通过，当场制卡");
            await approver.GetByRole(AriaRole.Button, new() { Name = "作出决定" }).ClickAsync();
            await approver.GetByTestId("case-status").Filter(new() { HasText = "待出件" }).WaitForAsync();

            await WindowSteps.DeliverAsync(clerk, number);

            var citizen = await fx.SignedInAsync("citizen", $"/cases/{number}");
            var timeline = await citizen.Locator("table", new() { HasText = "作出决定" }).InnerTextAsync();
            Assert.Contains("刘芳（综合窗口）", timeline);
            Assert.Contains("人力资源社会保障局", timeline);
            Assert.DoesNotContain("rs-approver", timeline);
            Assert.DoesNotMatch(@"\bclerk\b", timeline);
            await approver.Context.CloseAsync();
            await citizen.Context.CloseAsync();
        });
    }
}
