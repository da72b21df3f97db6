using Microsoft.Playwright;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Cases;

namespace Yiwang.BrowserTests.Commitments;

/// <summary>
/// 告知承诺制: the enterprise applies for 食品经营许可 and signs a 承诺书 instead of its premises proof;
/// the licence is granted on the promise; at the 事后核查 the approver finds the promise false, records
/// it and revokes the grant; the enterprise is told, and its licence verifies as revoked.
/// </summary>
[Collection(nameof(BrowserCollection))]
public class FalseCommitmentJourney(BrowserFixture fx)
{
    [Fact]
    public async Task Apply_on_a_promise_then_the_post_check_finds_it_false()
    {
        var enterprise = await fx.SignedInAsync("enterprise", $"/apply/{DemoCases.FoodLicence}");
        await BrowserFixture.JourneyAsync(enterprise, "commitment-false", async () =>
        {
            var promise = enterprise.GetByTestId("commitments");
            Assert.Contains("承诺不实的，记入信用档案", await promise.InnerTextAsync());
            await promise.GetByLabel("以承诺书代替“经营场所使用证明”").CheckAsync();
            await Cases.GuidedApply.SubmitAsync(enterprise);
            var number = await enterprise.GetByTestId("case-number").InnerTextAsync();
            var row = enterprise.GetByTestId("checklist").Locator("tr", new() { HasText = "经营场所使用证明" });
            Assert.Contains("告知承诺书.pdf", await row.InnerTextAsync());
            Assert.Contains("D级", await row.InnerTextAsync());

            // Accepted, reviewed and granted on the promise (through the API: the window and review pages have journeys of their own).
            var view = await (await (await fx.App.ClientAsync("enterprise")).GetAsync($"/api/v1/cases/{number}")).ReadAsync<Yiwang.Web.Features.Cases.Read.CaseView>();
            var accepted = await (await (await fx.App.ClientAsync("clerk")).PostJsonAsync($"/api/v1/cases/{number}/accept", new { concurrency = view.Concurrency })).ReadAsync<CaseSummary>();
            var approverApi = await fx.App.ClientAsync("approver");
            var passed = await (await approverApi.PostJsonAsync($"/api/v1/cases/{number}/pass", new { concurrency = accepted.Concurrency })).ReadAsync<CaseSummary>();
            await approverApi.PostJsonAsync($"/api/v1/cases/{number}/decide", new { concurrency = passed.Concurrency, decision = "Grant", reason = "依告知承诺准予许可" });

            var approver = await fx.SignedInAsync("approver", "/staff/post-checks");
            var task = approver.GetByTestId("post-checks").Locator("tr", new() { HasText = number });
            Assert.Contains("待核查", await task.InnerTextAsync());
            await task.GetByLabel("不实", new() { Exact = true }).CheckAsync();
            await task.GetByLabel("核查情况").FillAsync("现场核查：经营场所为住宅，与承诺不符");
            await task.GetByLabel("不实时撤销准予决定").CheckAsync();
            await task.GetByRole(AriaRole.Button, new() { Name = "登记核查结论" }).ClickAsync();
            await approver.GetByRole(AriaRole.Status).Filter(new() { HasText = "已记入信用库失信记录" }).WaitForAsync();
            await approver.GotoAsync("/staff/post-checks?all=true");
            Assert.Contains("承诺不实", await approver.GetByTestId("post-checks").Locator("tr", new() { HasText = number }).InnerTextAsync());

            await enterprise.GotoAsync("/messages");
            Assert.Contains("审批决定已撤销", await enterprise.Locator("main").InnerTextAsync());
            await enterprise.GotoAsync("/wallet");
            var card = enterprise.GetByTestId("wallet").Locator("li", new() { HasText = "DZ" + number.Replace("-", "")[2..] }); // the licence this case issued
            Assert.Contains("食品经营许可证", await card.InnerTextAsync());
            Assert.Contains("已注销", await card.InnerTextAsync());
            await card.GetByRole(AriaRole.Link, new() { Name = "核验" }).ClickAsync();
            await enterprise.WaitForURLAsync("**/verify/*");
            Assert.Contains("签名验证通过，但证照已注销", await enterprise.GetByTestId("verdict").InnerTextAsync());
            await approver.Context.CloseAsync();
        });
    }
}
