using Microsoft.Playwright;

namespace Yiwang.BrowserTests.Cases;

/// <summary>个体工商户设立登记 (即办件) at the window: applied on the citizen's behalf, accepted, decided and handed over in one visit.</summary>
[Collection(nameof(BrowserCollection))]
public class ImmediateCaseAtWindowJourney(BrowserFixture fx)
{
    [Fact]
    public async Task Done_in_one_visit()
    {
        var clerk = await fx.SignedInAsync("clerk", "/apply/430800-XK-0001");
        await BrowserFixture.JourneyAsync(clerk, "case-immediate", async () =>
        {
            await clerk.GetByLabel("申请人账号或身份证号码").FillAsync("citizen");
            await clerk.GetByLabel("申请人授权（授权委托书编号等）").FillAsync("现场核验身份，本人申请");
            // Without the person's consent (ID card seen, or their SMS code) nothing is opened.
            await clerk.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
            await clerk.GetByTestId("assist-consent").GetByText("须取得申请人本人授权").WaitForAsync();
            var number = await WindowSteps.ApplyForCitizenAndAcceptAsync(clerk);

            var chief = await fx.SignedInAsync("chief", $"/cases/{number}");
            await chief.GetByLabel("决定理由").FillAsync("材料齐全，当场登记");
            await chief.GetByRole(AriaRole.Button, new() { Name = "作出决定" }).ClickAsync();
            await chief.GetByTestId("case-status").Filter(new() { HasText = "待出件" }).WaitForAsync();

            await WindowSteps.DeliverAsync(clerk, number);
            var facts = await clerk.Locator("dl.facts").First.InnerTextAsync();
            Assert.Contains("1 次", facts); // one trip
            Assert.Equal(await clerk.Locator("dl.facts div", new() { HasText = "受理日期" }).Locator("dd").InnerTextAsync(),
                await clerk.GetByTestId("case-due").InnerTextAsync()); // due the day it was accepted
            await chief.Context.CloseAsync();
        });
    }
}
