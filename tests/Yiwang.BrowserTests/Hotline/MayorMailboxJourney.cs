using Microsoft.Playwright;
using Yiwang.BrowserTests.Cases;

namespace Yiwang.BrowserTests.Hotline;

/// <summary>
/// 市长信箱: a citizen writes on a phone; the 12345 agent dispatches it, the department signs for it and
/// replies, the agent passes the reply; the citizen reads it under 我的诉求 and in the published letters.
/// </summary>
[Collection(nameof(BrowserCollection))]
public class MayorMailboxJourney(BrowserFixture fx)
{
    [Fact]
    public async Task A_citizen_writes_on_a_phone_and_later_reads_the_reviewed_reply_in_public()
    {
        await using var desks = new SignedInPages(fx);
        var phone = await fx.SignedInAsync("citizen", "/hotline/write", 375);
        string number = "";
        await BrowserFixture.JourneyAsync(phone, "mayor-mailbox-write", async () =>
        {
            await phone.GetByRole(AriaRole.Radio, new() { Name = "市长信箱" }).CheckAsync();
            await phone.Locator("select[name='Input.Kind']").SelectOptionAsync("Suggestion");
            await phone.Locator("select[name='Input.CategoryCode']").SelectOptionAsync("0303");
            await phone.Locator("textarea").FillAsync("建议在天门山、武陵源景区周边商铺推行明码标价和消费先行赔付。");
            await phone.GetByLabel("同意公开我的来信和答复").CheckAsync();
            await Overflow.AssertNoneAsync(phone, "/hotline/write");
            await phone.GetByTestId("submit-ticket").ClickAsync();
            var created = phone.GetByTestId("created");
            await created.WaitForAsync();
            number = await created.Locator("b").InnerTextAsync();
        });

        var agent = await desks.OfAsync("agent");
        await BrowserFixture.JourneyAsync(agent, "mayor-mailbox-agent", async () =>
        {
            await agent.GotoAsync("/staff/hotline");
            await agent.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
            await agent.WaitForURLAsync($"**/hotline/tickets/{number}");
            Assert.Equal("市市场监管局", (await agent.Locator("select[name=leadDepartmentId] option:checked").InnerTextAsync()).Trim()); // 派单目录
            await agent.GetByRole(AriaRole.Button, new() { Name = "派单" }).ClickAsync();
            await agent.GetByTestId("done").WaitForAsync();
        });
        var department = await desks.OfAsync("approver");
        await BrowserFixture.JourneyAsync(department, "mayor-mailbox-department", async () =>
        {
            await department.GotoAsync($"/hotline/tickets/{number}");
            Assert.Contains("*", await department.GetByTestId("caller").InnerTextAsync()); // masked
            await department.GetByRole(AriaRole.Button, new() { Name = "签收" }).ClickAsync();
            await department.GetByTestId("done").WaitForAsync();
            await department.GetByLabel("办理情况和答复").FillAsync("已部署景区周边商户明码标价专项检查，并推动建立消费先行赔付机制。");
            await department.GetByRole(AriaRole.Button, new() { Name = "提交回复（经热线中心审核）" }).ClickAsync();
            await department.GetByTestId("done").WaitForAsync();
        });
        await BrowserFixture.JourneyAsync(agent, "mayor-mailbox-review", async () =>
        {
            await agent.GotoAsync($"/hotline/tickets/{number}");
            await agent.GetByRole(AriaRole.Button, new() { Name = "审核通过，告知诉求人" }).ClickAsync();
            await agent.GetByTestId("done").WaitForAsync();
        });
        await BrowserFixture.JourneyAsync(phone, "mayor-mailbox-read", async () =>
        {
            await phone.GotoAsync("/hotline/mine");
            await phone.GetByTestId("my-ticket").Filter(new() { HasText = number }).Locator("a.title").ClickAsync();
            await phone.WaitForURLAsync($"**/hotline/tickets/{number}");
            Assert.Contains("明码标价专项检查", await phone.GetByTestId("reply").InnerTextAsync());
            Assert.DoesNotContain("approver", await phone.Locator("main").InnerTextAsync()); // the caller sees the hotline, not the clerks
            await Overflow.AssertNoneAsync(phone, "/hotline/tickets");
            await phone.GotoAsync("/mayor-mailbox");
            Assert.Contains("明码标价专项检查", await phone.GetByTestId("letter").Filter(new() { HasText = number }).InnerTextAsync());
        });
    }
}
