using System.Net;
using Microsoft.EntityFrameworkCore;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Cases.Materials;
using Yiwang.Web.Features.DataSharing;
using Yiwang.Web.Features.Licences;

namespace Yiwang.Tests.Features.Licences;

/// <summary>免证办: a licence the applicant holds fills the material of a later application, with consent, at trust level A, audited.</summary>
public class LicenceReuseTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private const string SoleTrader = "430800-XK-0001"; // 个体工商户设立登记 → 营业执照

    [Fact]
    public async Task A_later_application_uses_the_licence_without_upload()
    {
        var citizen = await app.ClientAsync("citizen");
        var sole = await (await citizen.ApplyAsync(new
        {
            itemCode = SoleTrader, form = new Dictionary<string, string> { ["name"] = "张三小吃店", ["address"] = "张家界市永定区解放路66号", ["scope"] = "小吃服务" },
        })).ReadAsync<CaseSummary>();
        var accepted = await (await (await app.ClientAsync("clerk")).PostJsonAsync($"/api/v1/cases/{sole.Number}/accept", new { concurrency = sole.Concurrency })).ReadAsync<CaseSummary>();
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientAsync("approver")).PostJsonAsync($"/api/v1/cases/{sole.Number}/decide",
            new { concurrency = accepted.Concurrency, decision = "Grant", reason = "当场登记" })).StatusCode);
        var licence = Assert.Single(await (await citizen.GetAsync("/api/v1/licences/mine")).ReadAsync<List<Yiwang.Web.Features.Licences.Wallet.WalletLicence>>(), l => l.CaseNumber == sole.Number);
        Assert.Equal(("营业执照", "张三小吃店"), (licence.TypeName, licence.Fields["名称"]));

        // Without consent nothing is drawn from the wallet.
        var plain = await (await citizen.ApplyAsync(new { itemCode = DemoCases.FoodLicence })).ReadAsync<CaseSummary>();
        Assert.DoesNotContain(await (await citizen.GetAsync($"/api/v1/cases/{plain.Number}/materials")).ReadAsync<List<MaterialView>>(), m => m.LicenceId is not null);

        var food = await (await citizen.ApplyAsync(new { itemCode = DemoCases.FoodLicence, useLicences = true })).ReadAsync<CaseSummary>();
        var clerk = await app.ClientAsync("clerk");
        var materials = await (await clerk.GetAsync($"/api/v1/cases/{food.Number}/materials")).ReadAsync<List<MaterialView>>();
        var drawn = Assert.Single(materials, m => m.LicenceId is not null);
        Assert.Equal(("营业执照", MaterialTrust.A, licence.Id, "电子证照库"), (drawn.MaterialName, drawn.Trust, drawn.LicenceId!.Value, drawn.UploadedBy));
        var file = await clerk.GetAsync($"/api/v1/cases/{food.Number}/materials/{drawn.Id}");
        Assert.Equal("application/pdf", file.Content.Headers.ContentType!.MediaType);
        Assert.Contains("A级", await clerk.GetStringAsync($"/cases/{food.Number}"));
        // The case records how many of its required materials were drawn (the 减证 indicator).
        Assert.Equal(1, await app.WithDbAsync(db => db.Cases.Where(c => c.Number == food.Number).Select(c => c.MaterialsDrawn).SingleAsync()));
        Assert.True(await app.WithDbAsync(db => db.Cases.Where(c => c.Number == food.Number).Select(c => c.MaterialsRequired).SingleAsync()) >= 4);
        // Every use of the licence is on record.
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "licence.use" && a.Detail!.Contains(food.Number))));

        // The holder sees who used the licence, for which case.
        var uses = await (await citizen.GetAsync("/api/v1/licences/mine/uses")).ReadAsync<List<DataUse>>();
        Assert.Contains(uses, u => u.What == "作为申请材料调用" && u.Detail!.Contains(food.Number));
        Assert.Empty(await (await (await app.ClientAsync("enterprise")).GetAsync("/api/v1/licences/mine/uses")).ReadAsync<List<DataUse>>());

        // A second 营业执照 for the same holder replaces the first (still verifiable, marked 已换发).
        var second = await (await citizen.ApplyAsync(new { itemCode = SoleTrader, form = new Dictionary<string, string> { ["name"] = "张三小吃店（新址）" } })).ReadAsync<CaseSummary>();
        var second2 = await (await (await app.ClientAsync("clerk")).PostJsonAsync($"/api/v1/cases/{second.Number}/accept", new { concurrency = second.Concurrency })).ReadAsync<CaseSummary>();
        await (await app.ClientAsync("approver")).PostJsonAsync($"/api/v1/cases/{second.Number}/decide", new { concurrency = second2.Concurrency, decision = "Grant", reason = "变更登记" });
        var replaced = await (await (await app.ClientAsync()).GetAsync($"/api/v1/licences/{licence.Id}/verify")).ReadAsync<LicenceVerification>();
        Assert.Equal((true, LicenceStatus.Replaced), (replaced.SignatureValid, replaced.Status));
        licence = (await (await citizen.GetAsync("/api/v1/licences/mine")).ReadAsync<List<Yiwang.Web.Features.Licences.Wallet.WalletLicence>>()).Single(l => l.CaseNumber == second.Number);

        // A revoked licence is not offered any more.
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientAsync("approver")).PostJsonAsync($"/api/v1/licences/{licence.Id}/revoke", new { reason = "申请人申请注销" })).StatusCode);
        var after = await (await citizen.ApplyAsync(new { itemCode = DemoCases.FoodLicence, useLicences = true })).ReadAsync<CaseSummary>();
        Assert.DoesNotContain(await (await citizen.GetAsync($"/api/v1/cases/{after.Number}/materials")).ReadAsync<List<MaterialView>>(), m => m.LicenceId is not null);
    }
}
