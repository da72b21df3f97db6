using Microsoft.Playwright;

namespace Yiwang.BrowserTests.Bundles;

/// <summary>
/// 开办餐饮店一件事: a citizen answers the questionnaire, sees and keeps the plan, applies once with one
/// set of materials; the 综合窗口 accepts both parts in one visit; 市场监管局 and 消防救援支队 each
/// approve their own part; the window hands out both results together and the citizen sees it 办结.
/// </summary>
[Collection(nameof(BrowserCollection))]
public class RestaurantBundleJourney(BrowserFixture fx)
{
    [Fact]
    public async Task Questionnaire_plan_one_application_two_departments_one_delivery()
    {
        var citizen = await fx.SignedInAsync("citizen", "/bundles/restaurant-opening");
        await BrowserFixture.JourneyAsync(citizen, "bundle-restaurant", async () =>
        {
            async Task Answer(string question, string answer) =>
                await citizen.Locator($"[data-question={question}]").GetByLabel(answer, new() { Exact = true }).CheckAsync();
            await Answer("licensed", "是");
            await Answer("entity", "个体工商户");
            await citizen.Locator("[data-question=area] input").FillAsync("350");
            foreach (var q in new[] { "signboard", "gas", "power", "online", "agent" }) await Answer(q, "否");
            await citizen.Locator("[data-question=staff] input").FillAsync("6");
            await citizen.GetByRole(AriaRole.Button, new() { Name = "生成我的办理清单" }).ClickAsync();

            var parts = await citizen.GetByTestId("plan-part-table").InnerTextAsync();
            Assert.Contains("食品经营许可", parts);
            Assert.Contains("公众聚集场所投入使用、营业前消防安全检查", parts);
            Assert.DoesNotContain("个体工商户设立登记", parts); // already licensed
            var materials = citizen.GetByTestId("plan-material-table");
            Assert.Equal(1, await materials.Locator("tr", new() { HasText = "营业执照" }).CountAsync()); // asked once for both parts
            Assert.Contains("从业人员健康证明", await materials.InnerTextAsync());
            Assert.Equal("零跑动（全程网办）", await citizen.GetByTestId("plan-trips").InnerTextAsync());

            await citizen.GetByTestId("apply-bundle").ClickAsync();
            var form = citizen.GetByTestId("bundle-form");
            await form.GetByLabel("店铺（经营者）名称").FillAsync("张家界土家风味餐馆");
            await form.GetByLabel("经营场所").FillAsync("张家界市永定区解放路88号");
            await form.GetByLabel("主体业态").SelectOptionAsync(new SelectOptionValue { Label = "餐饮服务经营者" });
            await form.GetByLabel("食品经营项目").FillAsync("热食类食品制售");
            await citizen.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync();
            await citizen.WaitForURLAsync("**/bundle-cases/ZJ-*");
            var bundleUrl = new Uri(citizen.Url).AbsolutePath;

            // One set of materials: each file goes to every part that needs it.
            var slots = await citizen.GetByTestId("bundle-materials").Locator("input[type=file]").CountAsync();
            Assert.Equal(5, slots);
            for (var i = 0; i < slots; i++)
            {
                var row = citizen.GetByTestId("bundle-materials").Locator("tr[data-material]").Nth(i);
                await row.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = $"材料{i + 1}.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF"u8.ToArray() });
                await row.GetByRole(AriaRole.Button, new() { Name = "上传" }).ClickAsync();
                await citizen.WaitForURLAsync("**uploaded=*");
            }
            Assert.Equal(0, await citizen.GetByTestId("bundle-materials").Locator(".tag.warn").CountAsync());

            var clerk = await fx.SignedInAsync("clerk", "/staff/bundle-cases");
            await clerk.GetByTestId("bundle-queue").GetByRole(AriaRole.Link).First.ClickAsync();
            await clerk.GetByRole(AriaRole.Button, new() { Name = "受理", Exact = true }).ClickAsync();
            await clerk.GetByTestId("bundle-status").Filter(new() { HasText = "办理中" }).WaitForAsync();
            var food = await clerk.Locator("tr[data-part=food] a").InnerTextAsync();
            var fire = await clerk.Locator("tr[data-part=fire] a").InnerTextAsync();

            // Two departments, each approving its own part.
            foreach (var (user, number) in new[] { ("approver", food), ("xf-approver", fire) })
            {
                var approver = await fx.SignedInAsync(user, $"/cases/{number}");
                Assert.Contains("开办餐饮店一件事", await approver.GetByTestId("case-bundle").InnerTextAsync());
                await approver.GetByRole(AriaRole.Button, new() { Name = "审查 通过" }).ClickAsync();
                await approver.GetByTestId("case-status").Filter(new() { HasText = "办理中（决定）" }).WaitForAsync();
                await approver.GetByLabel("决定理由").FillAsync("符合条件，准予");
                await approver.GetByRole(AriaRole.Button, new() { Name = "作出决定" }).ClickAsync();
                await approver.GetByTestId("case-status").Filter(new() { HasText = "待出件" }).WaitForAsync();
                await approver.Context.CloseAsync();
            }

            await clerk.GotoAsync(bundleUrl);
            await clerk.GetByTestId("bundle-status").Filter(new() { HasText = "待统一出件" }).WaitForAsync();
            await clerk.GetByRole(AriaRole.Button, new() { Name = "统一出件，办结" }).ClickAsync();
            await clerk.GetByTestId("bundle-status").Filter(new() { HasText = "办结" }).WaitForAsync();
            await clerk.Context.CloseAsync();

            await citizen.GotoAsync(bundleUrl);
            Assert.Equal("办结", await citizen.GetByTestId("bundle-status").InnerTextAsync());
            Assert.Equal(2, await citizen.GetByTestId("bundle-parts").Locator("tr[data-part]", new() { HasText = "办结" }).CountAsync());
            Assert.Contains("统一出件", await citizen.GetByTestId("bundle-timeline").InnerTextAsync());
            await citizen.GotoAsync("/messages");
            Assert.Equal(1, await citizen.Locator("body").GetByText("一件事已办结").CountAsync());
        });
    }
}
