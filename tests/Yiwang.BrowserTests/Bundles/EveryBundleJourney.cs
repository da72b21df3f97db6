using Microsoft.Playwright;
using Yiwang.BrowserTests.Cases;
using Yiwang.Tests.Data;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Bundles.Plan;
using Yiwang.Web.Features.Bundles.Planning;

namespace Yiwang.BrowserTests.Bundles;

/// <summary>
/// Every 一件事 of the demo, its longest journey (every optional part asked for), in the browser: the
/// applicant answers the questionnaire, applies once, uploads each material once; the 综合窗口 accepts
/// all parts in one go; each part's department grants it in turn (parts waiting for a predecessor's
/// result start when it is decided); the window hands everything out together: 办结, every part 办结.
/// </summary>
[Collection(nameof(BrowserCollection))]
public class EveryBundleJourney(BrowserFixture fx)
{
    [Fact]
    public async Task Every_demo_bundle_from_the_questionnaire_to_banjie()
    {
        var anyone = await fx.App.ClientAsync();
        var listings = await (await anyone.GetAsync("/api/v1/bundles")).ReadAsync<List<BundleListing>>();
        Assert.True(listings.Count >= 6, $"only {listings.Count} bundles");
        await using var desks = new SignedInPages(fx);
        var window = await desks.OfAsync("clerk");
        var failures = new List<string>();
        foreach (var listing in listings)
        {
            var guide = await (await anyone.GetAsync($"/api/v1/bundles/{listing.Code}")).ReadAsync<BundleGuide>();
            var answers = FinishableDemoTests.LongestJourney(guide);
            var plan = await (await anyone.PostJsonAsync($"/api/v1/bundles/{listing.Code}/plan", new { answers })).ReadAsync<PlanView>();
            var applicant = await desks.OfAsync(FinishableDemoTests.ApplicantFor(listing));
            try
            {
                var bundle = await ApplyAsync(applicant, listing.Code, answers, plan);

                await window.GotoAsync(bundle);
                await window.GetByTestId("accept-bundle").GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
                await window.GetByTestId("bundle-status").Filter(new() { HasNotText = "待受理" }).WaitForAsync();

                for (var round = 0; ; round++)
                {
                    if (round == 10) throw new InvalidOperationException("parts still in progress after 10 rounds");
                    await applicant.GotoAsync(bundle);
                    var open = applicant.GetByTestId("bundle-parts").Locator("tr[data-part]", new() { Has = applicant.Locator("td:nth-child(4)", new() { HasTextString = "办理中" }) });
                    var parts = new List<(string Department, string Number)>();
                    for (var i = 0; i < await open.CountAsync(); i++)
                        parts.Add((await open.Nth(i).Locator("td").Nth(1).InnerTextAsync(), await open.Nth(i).Locator("td").Nth(2).InnerTextAsync()));
                    if (parts.Count == 0) break;
                    foreach (var (department, number) in parts)
                        await ApprovalSteps.GrantAsync(await desks.OfAsync(FinishableDemoTests.ApproverFor(department)), number);
                }

                await window.GotoAsync(bundle);
                await window.GetByRole(AriaRole.Button, new() { Name = "统一出件，办结" }).ClickAsync();
                await window.GetByTestId("bundle-status").Filter(new() { HasText = "办结" }).WaitForAsync();

                await applicant.GotoAsync(bundle);
                var status = await applicant.GetByTestId("bundle-status").InnerTextAsync();
                var partStates = await applicant.GetByTestId("bundle-parts").Locator("tr[data-part] td:nth-child(4)").AllInnerTextsAsync();
                if (status != "办结" || partStates.Any(s => s != "办结" && s != "不再办理"))
                    failures.Add($"{listing.Name}: {status}，各事项 {string.Join("、", partStates)}");
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException or InvalidOperationException)
            {
                await desks.ScreenshotAsync($"bundle-{listing.Code}");
                failures.Add($"{listing.Name} ({listing.Code}): {e.Message.Split('\n')[0]}");
            }
        }
        Assert.Empty(failures);
    }

    /// <summary>Questionnaire → plan → 一次申请 → the one form → each required material once. Answers the bundle case's path.</summary>
    private static async Task<string> ApplyAsync(IPage applicant, string code, Dictionary<string, string> answers, PlanView plan)
    {
        await applicant.GotoAsync($"/bundles/{code}");
        foreach (var (key, answer) in answers)
        {
            var question = applicant.Locator($"[data-question=\"{key}\"]");
            if (await question.Locator("input[type=number]").CountAsync() > 0) await question.Locator("input[type=number]").FillAsync(answer);
            else await question.GetByLabel(answer, new() { Exact = true }).CheckAsync();
        }
        await applicant.GetByRole(AriaRole.Button, new() { Name = "生成我的办理清单" }).ClickAsync();
        await applicant.GetByTestId("apply-bundle").ClickAsync();
        await applicant.GetByTestId("bundle-form").WaitForAsync();
        await GuidedApply.FillFormAsync(applicant, plan.Fields);
        await applicant.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        await applicant.WaitForURLAsync("**/bundle-cases/ZJ-*");
        var bundle = new Uri(applicant.Url).AbsolutePath;

        var missing = applicant.GetByTestId("bundle-materials").Locator("tr[data-material]", new() { Has = applicant.Locator(".tag.warn") });
        while (await missing.CountAsync() > 0)
        {
            var row = missing.First;
            var key = await row.GetAttributeAsync("data-material");
            await row.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "材料.pdf", MimeType = "application/pdf", Buffer = GuidedApply.Pdf });
            await row.GetByRole(AriaRole.Button, new() { Name = "上传" }).ClickAsync();
            await applicant.Locator($"tr[data-material=\"{key}\"] .tag.warn").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        }
        return bundle;
    }
}
