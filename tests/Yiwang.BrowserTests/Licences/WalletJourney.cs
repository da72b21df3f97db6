using Microsoft.Playwright;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Cases;

namespace Yiwang.BrowserTests.Licences;

/// <summary>
/// A citizen whose 个体工商户设立登记 was granted finds the signed 营业执照 in the wallet, opens its
/// verification page through the link the QR code carries, and applies for 食品经营许可 with the
/// licence drawn from the wallet instead of uploaded.
/// </summary>
[Collection(nameof(BrowserCollection))]
public class WalletJourney(BrowserFixture fx)
{
    [Fact]
    public async Task Wallet_verification_and_a_second_application_with_the_licence()
    {
        // The first case, through the API: applied, accepted and granted at the window.
        var api = await fx.App.ClientAsync("citizen");
        var sole = await (await api.ApplyAsync(new
        {
            itemCode = "430800-XK-0001", form = new Dictionary<string, string> { ["name"] = "张三米粉店", ["address"] = "张家界市永定区人民路12号", ["scope"] = "米粉制售" },
        })).ReadAsync<CaseSummary>();
        var accepted = await (await (await fx.App.ClientAsync("clerk")).PostJsonAsync($"/api/v1/cases/{sole.Number}/accept", new { concurrency = sole.Concurrency })).ReadAsync<CaseSummary>();
        await (await fx.App.ClientAsync("approver")).PostJsonAsync($"/api/v1/cases/{sole.Number}/decide", new { concurrency = accepted.Concurrency, decision = "Grant", reason = "当场登记" });

        var citizen = await fx.SignedInAsync("citizen", "/wallet");
        await BrowserFixture.JourneyAsync(citizen, "licence-wallet", async () =>
        {
            var card = citizen.GetByTestId("wallet").Locator("li", new() { HasText = "张三米粉店" });
            Assert.Contains("营业执照", await card.InnerTextAsync());
            Assert.Contains("有效", await card.InnerTextAsync());
            await card.GetByRole(AriaRole.Link, new() { Name = "核验" }).ClickAsync();
            await citizen.WaitForURLAsync("**/verify/*");
            Assert.Contains("有效：签名验证通过", await citizen.GetByTestId("verdict").InnerTextAsync());
            Assert.Contains("市市场监管局行政审批专用章", await citizen.GetByTestId("verify").InnerTextAsync());

            await citizen.GotoAsync($"/apply/{DemoCases.FoodLicence}");
            var offers = citizen.GetByTestId("licence-offers");
            Assert.Contains("营业执照", await offers.InnerTextAsync());
            Assert.True(await offers.GetByRole(AriaRole.Checkbox).IsCheckedAsync());
            await Cases.GuidedApply.SubmitAsync(citizen);
            var row = citizen.GetByTestId("checklist").Locator("tr", new() { HasText = "营业执照" });
            Assert.Contains("A级：电子证照，直接使用", await row.InnerTextAsync());
        });
    }
}
