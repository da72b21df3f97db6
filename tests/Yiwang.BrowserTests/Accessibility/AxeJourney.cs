using System.Text.Json;
using Microsoft.Playwright;
using Yiwang.BrowserTests.Portal;

namespace Yiwang.BrowserTests.Accessibility;

/// <summary>
/// axe-core (from npm, injected by Playwright) over every public page, a phone and a computer, and
/// the main staff pages: any serious or critical violation fails, named with the elements it is on.
/// </summary>
[Collection(nameof(BrowserCollection))]
public class AxeJourney(BrowserFixture fx)
{
    private static readonly string Axe = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "../../../node_modules/axe-core/axe.min.js"));

    [Fact]
    public async Task Public_pages_have_no_serious_or_critical_violations()
    {
        var found = new List<string>();
        foreach (var width in new[] { 375, 1280 })
        {
            var page = await PageAsync(width);
            await page.GotoAsync("/bundles");
            var bundle = await page.Locator("main a[href^='/bundles/']").First.GetAttributeAsync("href");
            foreach (var path in PhoneLayoutJourney.PublicPages.Append(bundle!).Append("/elder?on=true&back=/items/430800-XK-0005"))
                found.AddRange(await AuditAsync(page, path, width));
            await page.Context.CloseAsync();
        }
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    [Fact]
    public async Task Main_staff_pages_and_the_applicant_pages_have_no_serious_or_critical_violations()
    {
        var found = new List<string>();
        foreach (var (user, paths) in new (string, string[])[]
        {
            ("clerk", ["/staff", "/staff/workbench", "/staff/identity"]),
            ("supervisor", ["/staff/supervision", "/staff/rectifications"]),
            ("admin", ["/staff/indicators", "/staff/calendar", "/staff/items", "/staff/search-phrases", "/staff/items/430800-XK-0005/attachments"]),
            ("enterprise", ["/me", "/cases", "/wallet", "/messages", "/account", "/apply/430800-XK-0005"]),
        })
        {
            var page = await PageAsync(1280);
            await page.GotoAsync("/login");
            await page.GetByLabel("用户名").FillAsync(user);
            await page.GetByLabel("密码").FillAsync(Yiwang.Web.Data.Seed.DemoData.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
            await page.WaitForURLAsync(u => !u.Contains("/login", StringComparison.Ordinal));
            foreach (var path in paths) found.AddRange(await AuditAsync(page, path, 1280));
            await page.Context.CloseAsync();
        }
        Assert.True(found.Count == 0, string.Join("\n", found));
    }

    /// <summary>A context like the others, but one whose CSP lets the test inject axe (the platform's own pages allow no inline script).</summary>
    private async Task<IPage> PageAsync(int width)
    {
        var context = await fx.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fx.BaseUrl, ViewportSize = new ViewportSize { Width = width, Height = 900 }, Locale = "zh-CN", IsMobile = width < 500, BypassCSP = true,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    private static async Task<List<string>> AuditAsync(IPage page, string path, int width)
    {
        await page.GotoAsync(path);
        await page.AddScriptTagAsync(new() { Content = Axe });
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact} ${v.id}: ${v.help} @ ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`)
            """);
        return violations.EnumerateArray().Select(v => $"{path} ({width}px) {v.GetString()}").ToList();
    }
}
