using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Yiwang.Tests.Data;
using Yiwang.Web.Features.Catalog;

namespace Yiwang.BrowserTests.Cases;

/// <summary>
/// The guided application as a person goes through it, from the first page (填写信息): 保存，下一步 →
/// a file for every card still 未上传 → 送达方式 → 确认提交 → 提交申请. Answers the case number.
/// </summary>
internal static partial class GuidedApply
{
    public static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF"u8.ToArray();

    public static async Task<string> SubmitAsync(IPage page, Func<IPage, Task>? delivery = null)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "保存，下一步：上传材料" }).ClickAsync();
        await page.GetByTestId("material-cards").WaitForAsync();
        await UploadMissingAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "下一步：送达方式" }).ClickAsync();
        await page.GetByTestId("delivery").WaitForAsync();
        if (delivery is not null) await delivery(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "保存，下一步：确认提交" }).ClickAsync();
        await page.GetByTestId("review").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
        await page.WaitForURLAsync(CasePage());
        return await page.GetByTestId("case-number").InnerTextAsync();
    }

    /// <summary>On the materials step: one file for each card still 未上传, the way a person picks it.</summary>
    public static async Task UploadMissingAsync(IPage page)
    {
        var missing = page.Locator(".material-card[data-state=missing]");
        while (await missing.CountAsync() > 0)
        {
            var card = missing.First;
            var name = (await card.GetAttributeAsync("data-material"))!;
            await card.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = name[..Math.Min(name.Length, 20)] + ".pdf", MimeType = "application/pdf", Buffer = Pdf });
            await card.GetByRole(AriaRole.Button, new() { Name = "上传", Exact = true }).ClickAsync();
            await page.Locator($".material-card[data-material=\"{name}\"][data-state=given]").WaitForAsync();
        }
    }

    /// <summary>Answers each required field the profile does not fill, on an application form (single item or 一件事).</summary>
    public static async Task FillFormAsync(IPage page, IEnumerable<FormField> fields)
    {
        foreach (var (key, value) in FinishableDemoTests.Answers(fields))
        {
            var control = page.Locator($"[name=\"Input.Form[{key}]\"]");
            if (await control.EvaluateAsync<string>("e => e.tagName") == "SELECT") await control.SelectOptionAsync(value);
            else await control.FillAsync(value);
        }
    }

    [GeneratedRegex(@"/cases/ZJ-[0-9]+-[0-9]+$")]
    public static partial Regex CasePage();
}
