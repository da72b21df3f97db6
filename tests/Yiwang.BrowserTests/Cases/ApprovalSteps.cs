using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Yiwang.BrowserTests.Cases;

/// <summary>What an approver does on a case page: passes each step (审查 通过, 审核 通过 …) and grants it.</summary>
internal static partial class ApprovalSteps
{
    public static async Task GrantAsync(IPage approver, string number)
    {
        await approver.GotoAsync($"/cases/{number}");
        var status = approver.GetByTestId("case-status");
        var decide = approver.GetByRole(AriaRole.Button, new() { Name = "作出决定" });
        for (var step = 0; await decide.CountAsync() == 0; step++)
        {
            if (step == 8) throw new InvalidOperationException($"{number}: no decision after 8 steps ({await status.InnerTextAsync()})");
            var before = await status.InnerTextAsync();
            await approver.GetByRole(AriaRole.Button, new() { NameRegex = PassButton() }).ClickAsync();
            await status.Filter(new() { HasNotText = before }).WaitForAsync();
        }
        await approver.GetByLabel("决定理由").FillAsync("材料齐全，符合法定条件，准予");
        await decide.ClickAsync();
        await status.Filter(new() { HasText = "待出件" }).WaitForAsync();
    }

    [GeneratedRegex(@"^\S+ 通过$")]
    private static partial Regex PassButton();
}
