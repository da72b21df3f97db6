using Microsoft.Playwright;
using Yiwang.BrowserTests.Cases;

namespace Yiwang.BrowserTests.Portal;

/// <summary>
/// The phone is first: every public page fits 375 px without sideways scrolling, the navigation is a
/// 菜单 button and bottom tabs; 长辈版 is one toggle remembered on the device; 个人中心 gathers the account.
/// </summary>
[Collection(nameof(BrowserCollection))]
public class PhoneLayoutJourney(BrowserFixture fx)
{
    public static readonly string[] PublicPages =
    [
        "/", "/items", "/items?q=营业执照", "/items?audience=个人", "/items/430800-XK-0005", "/items/430800-XK-0001/plan", "/bundles", "/departments", "/divisions",
        "/halls", "/progress", "/ratings", "/policies", "/policies/calculator", "/policies/ZJJ-2022-XXRH", "/lifecycle/enterprise", "/lifecycle/project", "/lifecycle/person", "/park", "/login", "/register", "/reset-password",
        "/verify/00000000-0000-0000-0000-000000000000", "/no-such-page",
    ];

    [Fact]
    public async Task Every_public_page_fits_a_phone_with_a_menu_button_and_bottom_tabs()
    {
        var page = await fx.PageAsync(375, 812);
        await BrowserFixture.JourneyAsync(page, "phone-home", async () =>
        {
            await page.GotoAsync("/bundles");
            var bundle = await page.Locator("main a[href^='/bundles/']").First.GetAttributeAsync("href");
            foreach (var path in PublicPages.Append(bundle!))
            {
                await page.GotoAsync(path);
                await Overflow.AssertNoneAsync(page, path);
                Assert.DoesNotContain("@", await page.Locator("header").InnerTextAsync()); // no template text leaks into the page
            }
            // A guide's materials are cards on a phone: every column (来源, 备注 too) on screen, none squeezed.
            await page.GotoAsync("/items/430800-XK-0005");
            Assert.True(await page.EvaluateAsync<bool>("""
                () => [...document.querySelectorAll('[data-testid=guide-materials] td')].every(td => td.getBoundingClientRect().right <= window.innerWidth
                      && (td.textContent.trim() === '' || td.getBoundingClientRect().width > 200))
                """), "材料表在手机上应为卡片");
            Assert.StartsWith("tel:", await page.Locator("main a[href^='tel:']").First.GetAttributeAsync("href"));
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "guide-phone-cards.png"), FullPage = true });
            await page.GotoAsync("/");
            Assert.False(await page.Locator(".top-nav").IsVisibleAsync()); // no three rows of links on a phone
            var tabs = page.GetByRole(AriaRole.Navigation, new() { Name = "底部导航" });
            Assert.Equal(["首页", "办事", "一件事", "我的"], (await tabs.Locator("a").AllInnerTextsAsync()).Select(t => t.Trim()));
            await page.Locator("details.menu > summary").ClickAsync();
            await page.GetByRole(AriaRole.Navigation, new() { Name = "主导航（菜单）" }).GetByRole(AriaRole.Link, new() { Name = "服务大厅" }).ClickAsync();
            await page.WaitForURLAsync("**/halls");
            // Each hall: its address with a map link, its phone to tap.
            var halls = page.GetByTestId("hall-contact");
            await halls.Nth(5).WaitForAsync(); // the enhanced navigation has changed the address before it has patched the page
            Assert.True(await halls.CountAsync() >= 6);
            Assert.Equal(await halls.CountAsync(), await page.GetByTestId("map-link").CountAsync());
            Assert.StartsWith("tel:0744", await halls.First.Locator("a[href^='tel:']").GetAttributeAsync("href"));
            Assert.Contains("tel:", await page.Locator("footer a").First.GetAttributeAsync("href"));
        });
    }

    [Fact]
    public async Task Elder_mode_is_one_toggle_remembered_on_the_device()
    {
        var page = await fx.PageAsync(375, 812);
        await BrowserFixture.JourneyAsync(page, "elder-mode", async () =>
        {
            await page.GotoAsync("/items?q=社保");
            var normal = await FontSizeAsync(page);
            await page.GetByTestId("elder-toggle").ClickAsync();
            // The toggle goes through /elder and back to the same page: wait for the page it lands on, not for a URL it already had.
            await page.Locator("body.elder").WaitForAsync();
            Assert.Contains("/items?q=", page.Url);
            Assert.True(await FontSizeAsync(page) >= 20, "长辈版正文至少 20px");
            Assert.True(await FontSizeAsync(page) > normal);
            await Overflow.AssertNoneAsync(page, "长辈版");
            // Remembered on this device: the next page opens in 长辈版 too, with the short navigation.
            await page.GotoAsync("/halls");
            Assert.Contains("elder", await page.Locator("body").GetAttributeAsync("class"));
            Assert.Equal("标准版", (await page.GetByTestId("elder-toggle").InnerTextAsync()).Trim());
            await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.Artifacts, "elder-halls.png"), FullPage = false });
            await page.GetByTestId("elder-toggle").ClickAsync();
            await page.Locator("body:not(.elder)").WaitForAsync();
            Assert.EndsWith("/halls", page.Url);
        });
    }

    [Fact]
    public async Task The_personal_centre_shows_the_account_its_unread_messages_cases_licences_and_ratings()
    {
        var page = await fx.SignedInAsync("enterprise", "/me", 375);
        await BrowserFixture.JourneyAsync(page, "personal-centre", async () =>
        {
            var profile = await page.GetByTestId("profile").InnerTextAsync();
            Assert.Contains("张家界天门山旅游服务有限公司", profile);
            Assert.Contains("L3", await page.GetByTestId("assurance").InnerTextAsync());
            var unread = await page.Locator("nav.tabs .badge").CountAsync() > 0 ? int.Parse(await page.Locator("nav.tabs .badge").InnerTextAsync()) : 0;
            var tile = await page.GetByTestId("tile-messages").InnerTextAsync();
            if (unread > 0) Assert.Contains(unread.ToString(System.Globalization.CultureInfo.InvariantCulture), tile);
            await Overflow.AssertNoneAsync(page, "个人中心");
            Assert.DoesNotContain("@", await page.Locator("main").InnerTextAsync());
            // Long codes wrap inside their cell instead of being cut off.
            Assert.True(await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('.facts dd')].every(d => d.scrollWidth <= d.clientWidth + 1)"));
            await page.GetByTestId("tile-messages").ClickAsync();
            await page.WaitForURLAsync("**/messages");
            await page.GotoAsync("/me");
            Assert.Equal(0, await page.Locator("nav.tabs .badge").CountAsync()); // read now
        });
    }

    [Fact]
    public async Task Printing_a_guide_works_with_and_without_javascript()
    {
        var scripted = await fx.PageAsync(375, 812);
        await scripted.GotoAsync("/items/430800-XK-0005");
        Assert.True(await scripted.GetByRole(AriaRole.Button, new() { Name = "打印办事指南" }).IsVisibleAsync());
        Assert.False(await scripted.GetByText("请使用浏览器菜单中的“打印”").IsVisibleAsync());
        // Reached by the site's own (enhanced) navigation, the button is there too.
        await scripted.GotoAsync("/items?q=食品经营许可");
        await scripted.Locator("main a[href='/items/430800-XK-0005']").First.ClickAsync();
        await scripted.GetByRole(AriaRole.Button, new() { Name = "打印办事指南" }).WaitForAsync();
        Assert.EndsWith("/items/430800-XK-0005", scripted.Url);

        var plain = await fx.PageAsync(375, 812, javaScript: false);
        await plain.GotoAsync("/items/430800-XK-0005");
        Assert.False(await plain.GetByRole(AriaRole.Button, new() { Name = "打印办事指南" }).IsVisibleAsync()); // no button that does nothing
        Assert.True(await plain.GetByText("请使用浏览器菜单中的“打印”").IsVisibleAsync());
    }

    private static Task<double> FontSizeAsync(IPage page) => page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.querySelector('main p, main li, main a')).fontSize)");
}
