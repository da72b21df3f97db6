using Microsoft.Playwright;

namespace Yiwang.BrowserTests.Cases;

/// <summary>What a window clerk does for the citizen standing at the window, on the apply page of an item.</summary>
internal static class WindowSteps
{
    /// <summary>Applies on 张三's behalf (ID card seen), accepts with the applicant present; returns the case number.</summary>
    public static async Task<string> ApplyForCitizenAndAcceptAsync(IPage clerk)
    {
        await clerk.GetByLabel("申请人账号或身份证号码").FillAsync("citizen");
        await clerk.GetByLabel("申请人授权（授权委托书编号等）").FillAsync("现场核验身份，本人申请");
        await clerk.GetByLabel("已核验申请人本人及其身份证原件").CheckAsync();
        await clerk.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        await clerk.WaitForURLAsync("**/cases/ZJ-*");
        var number = await clerk.GetByTestId("case-number").InnerTextAsync();
        await clerk.GetByLabel("申请人在窗口现场").First.CheckAsync();
        await clerk.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
        await clerk.GetByTestId("case-status").Filter(new() { HasText = "办理中" }).WaitForAsync();
        return number;
    }

    /// <summary>Accepts a submitted case on its page (the applicant is not at the window: it came in online).</summary>
    public static async Task AcceptAsync(IPage clerk, string number)
    {
        await clerk.GotoAsync($"/cases/{number}");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
        await clerk.GetByTestId("case-status").Filter(new() { HasNotText = "待受理" }).WaitForAsync();
    }

    /// <summary>Hands the result over at the window (the method the applicant chose) and closes the case.</summary>
    public static async Task DeliverAsync(IPage clerk, string number)
    {
        await clerk.GotoAsync($"/cases/{number}");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "出件办结" }).ClickAsync();
        await clerk.GetByTestId("case-status").Filter(new() { HasText = "办结" }).WaitForAsync();
    }
}
