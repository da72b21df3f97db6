using Microsoft.Playwright;
using Yiwang.Tests.Data;
using Yiwang.Web.Features.Catalog;

namespace Yiwang.BrowserTests.Cases;

/// <summary>
/// One item of every department that owns a demo item, as its users take it in the browser: the
/// applicant (张三, or the enterprise for a legal person's item) applies online through the guided
/// steps with every required material uploaded; the department's window accepts it; the department's
/// own approver passes each step and grants it (unless 秒批 granted it); the window hands the result over; the applicant sees 办结.
/// </summary>
[Collection(nameof(BrowserCollection))]
public class EveryDepartmentJourney(BrowserFixture fx)
{
    [Fact]
    public async Task One_item_of_each_owning_department_from_the_application_to_banjie()
    {
        var items = await FinishableDemoTests.OneItemPerDepartmentAsync(fx.App);
        Assert.True(items.Count >= 30, $"only {items.Count} owning departments");
        await using var desks = new SignedInPages(fx);
        var failures = new List<string>();
        foreach (var item in items)
        {
            var applicant = await desks.OfAsync(item.Audience == Audience.LegalPerson ? "enterprise" : "citizen");
            try
            {
                await applicant.GotoAsync($"/apply/{item.Code}");
                await GuidedApply.FillFormAsync(applicant, item.Form);
                var number = await GuidedApply.SubmitAsync(applicant);
                var window = await desks.OfAsync(FinishableDemoTests.ClerkFor(item.Department));
                // An item whose 秒批 rule the answers meet is granted by the system on submission: the window only hands it over.
                if (await applicant.GetByTestId("case-status").InnerTextAsync() != "待出件")
                {
                    await WindowSteps.AcceptAsync(window, number);
                    await ApprovalSteps.GrantAsync(await desks.OfAsync(FinishableDemoTests.ApproverFor(item.Department)), number);
                }
                await WindowSteps.DeliverAsync(window, number);
                await applicant.GotoAsync($"/cases/{number}");
                var status = await applicant.GetByTestId("case-status").InnerTextAsync();
                if (status != "办结") failures.Add($"{item.Department} {item.Name}: {status}");
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException or InvalidOperationException)
            {
                await desks.ScreenshotAsync($"department-{item.Code}");
                failures.Add($"{item.Department} {item.Name} ({item.Code}): {e.Message.Split('\n')[0]}");
            }
        }
        Assert.Empty(failures);
    }
}
