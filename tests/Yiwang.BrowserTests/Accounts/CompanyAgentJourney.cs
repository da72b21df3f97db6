using Microsoft.Playwright;
using Yiwang.Tests.Infrastructure;

namespace Yiwang.BrowserTests.Accounts;

/// <summary>
/// 李四, the enterprise's legal representative, grants 张三 as 经办人 for the food licence on 账号与安全;
/// 张三 then applies in the company's name, and the case is the company's, saying who filed it.
/// </summary>
[Collection(nameof(BrowserCollection))]
public class CompanyAgentJourney(BrowserFixture fx)
{
    [Fact]
    public async Task A_representative_grants_an_agent_who_then_applies_for_the_company()
    {
        var rep = await fx.SignedInAsync("lisi", "/account", 375);
        await BrowserFixture.JourneyAsync(rep, "company-agent", async () =>
        {
            var companies = rep.GetByTestId("companies");
            Assert.Contains("张家界天门山旅游服务有限公司", await companies.InnerTextAsync());
            Assert.Contains("法定代表人", await companies.InnerTextAsync());
            await rep.GetByLabel("经办人（个人账号用户名或身份证号码）").FillAsync("citizen");
            await rep.GetByLabel("授权事项编码（留空为全部事项）").FillAsync(DemoCases.FoodLicence);
            await rep.GetByRole(AriaRole.Button, new() { Name = "授权经办人" }).ClickAsync();
            await rep.GetByText("已授权").WaitForAsync();
            var grants = await rep.GetByTestId("agent-grants").InnerTextAsync();
            Assert.Contains("张*（citizen）", grants);
            Assert.Contains(DemoCases.FoodLicence, grants);
            Assert.Contains("有效", grants);

            var agent = await fx.SignedInAsync("citizen", $"/apply/{DemoCases.FoodLicence}", 375);
            var choice = agent.GetByTestId("applicant-choice");
            await choice.GetByLabel("张家界天门山旅游服务有限公司（经办人）").CheckAsync();
            var offers = agent.GetByTestId("licence-offers");
            if (await offers.CountAsync() > 0) await offers.GetByRole(AriaRole.Checkbox).UncheckAsync();
            await Cases.GuidedApply.SubmitAsync(agent);
            var page = await agent.Locator("main").InnerTextAsync();
            Assert.Contains("张家界天门山旅游服务有限公司", page);
            Assert.Contains("经办人", page);
            await agent.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "company-agent-case.png"), FullPage = true });

            // Revoked on the representative's page: the radio is gone for the agent.
            await rep.GotoAsync("/account");
            await rep.GetByTestId("agent-grants").GetByRole(AriaRole.Button, new() { Name = "撤销" }).First.ClickAsync();
            await rep.GetByText("已撤销授权").WaitForAsync();
            await agent.GotoAsync($"/apply/{DemoCases.FoodLicence}");
            Assert.Equal(0, await agent.GetByTestId("applicant-choice").CountAsync());
        });
    }
}
