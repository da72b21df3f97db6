using Microsoft.Playwright;

namespace Yiwang.BrowserTests.Cases;

/// <summary>
/// 补正 that works: the clerk ticks what is missing on the case's checklist and adds a free item;
/// the applicant sees exactly those slots and cannot resubmit before each is filled; the clerk's
/// second look shows the new files, then accepts. On a phone for the applicant.
/// </summary>
[Collection(nameof(BrowserCollection))]
public class SupplementJourney(BrowserFixture fx)
{
    [Fact]
    public async Task One_time_notice_with_slots_then_resubmission_then_acceptance()
    {
        var applicant = await fx.SignedInAsync("enterprise", "/apply/430800-XK-0005", 375);
        await BrowserFixture.JourneyAsync(applicant, "case-supplement", async () =>
        {
            var number = await GuidedApply.SubmitAsync(applicant);

            var clerk = await fx.SignedInAsync("clerk", $"/cases/{number}");
            // A notice that lists nothing is refused, and the page says why; the case waits as it was.
            await clerk.GetByRole(AriaRole.Button, new() { Name = "一次性告知补正" }).ClickAsync();
            await clerk.GetByTestId("case-error").Filter(new() { HasText = "一次性告知书须列明需补正的全部材料" }).WaitForAsync();
            Assert.Contains("待受理", await clerk.GetByTestId("case-status").InnerTextAsync());
            var notice = clerk.GetByTestId("supplement-form");
            await notice.GetByLabel("食品安全管理制度文本").CheckAsync();
            await notice.GetByLabel("其他需补正的材料（每行一项，申请人按项上传）").FillAsync("从业人员健康证明");
            await notice.GetByRole(AriaRole.Button, new() { Name = "一次性告知补正" }).ClickAsync();
            await clerk.GetByTestId("case-status").Filter(new() { HasText = "待补正" }).WaitForAsync();

            await applicant.GotoAsync("/messages");
            Assert.Contains("从业人员健康证明", await applicant.GetByTestId("messages").InnerTextAsync()); // told in the site (and by SMS)
            await applicant.GetByRole(AriaRole.Link, new() { Name = $"查看办件 {number}" }).ClickAsync();
            await applicant.WaitForURLAsync($"**/cases/{number}");
            var slots = applicant.GetByTestId("supplement-slots");
            Assert.Equal(["食品安全管理制度文本", "从业人员健康证明"], await slots.Locator("li.slot").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.slot)"));
            // Nothing given yet: 重新提交 is refused, naming both slots.
            await applicant.GetByRole(AriaRole.Button, new() { Name = "已补齐材料，重新提交" }).ClickAsync();
            var refusal = await applicant.GetByTestId("case-error").InnerTextAsync();
            Assert.Contains("食品安全管理制度文本", refusal);
            Assert.Contains("从业人员健康证明", refusal);
            foreach (var slot in new[] { "食品安全管理制度文本", "从业人员健康证明" })
            {
                var li = applicant.Locator($"li.slot[data-slot='{slot}']");
                await li.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = slot + "（补正）.pdf", MimeType = "application/pdf", Buffer = GuidedApply.Pdf });
                await li.GetByRole(AriaRole.Button, new() { Name = "上传", Exact = true }).ClickAsync();
                await applicant.Locator($"li.slot[data-slot='{slot}']", new() { HasText = "已补正" }).WaitForAsync();
            }
            await Overflow.AssertNoneAsync(applicant, "补正");
            await applicant.GetByRole(AriaRole.Button, new() { Name = "已补齐材料，重新提交" }).ClickAsync();
            await applicant.GetByTestId("case-status").Filter(new() { HasText = "待受理" }).WaitForAsync();

            // The window's second look: what was asked for and what came back.
            await clerk.GotoAsync($"/cases/{number}");
            var second = await clerk.GetByTestId("supplement-slots").InnerTextAsync();
            Assert.Contains("第 1 次补正后重新提交", second);
            Assert.Contains("从业人员健康证明（补正）.pdf", second);
            Assert.Contains("食品安全管理制度文本（补正）.pdf", second);
            await clerk.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
            await clerk.GetByTestId("case-status").Filter(new() { HasText = "办理中" }).WaitForAsync();
            Assert.NotEqual("—", await clerk.GetByTestId("case-due").InnerTextAsync()); // the clock started only now
            await clerk.Context.CloseAsync();
        });
    }
}
