using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Yiwang.Tests.Common.Blobs;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Cases.Materials;

namespace Yiwang.Tests.Features.Cases;

/// <summary>材料复用: a material a window verified (B) and the result of an earlier granted case (A) fill later applications of the same applicant, with consent.</summary>
public class MaterialReuseTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private const string SoleTrader = "430800-XK-0001"; // 个体工商户设立登记: needs 经营场所使用证明

    private Task<string> CodeOfAsync(string name) => app.WithDbAsync(async db =>
        (await db.ServiceItems.AsNoTracking().Include(i => i.Versions).ToListAsync()).First(i => i.Current?.Guide.Name == name).Code);

    [Fact]
    public async Task A_material_verified_at_the_window_is_offered_to_the_next_application()
    {
        var citizen = await app.ClientAsync("citizen");
        var first = await (await citizen.ApplyAsync(new { itemCode = SoleTrader, form = new Dictionary<string, string> { ["name"] = "张三茶馆" } })).ReadAsync<CaseSummary>();
        var file = new ByteArrayContent(FileKindsTests.Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        var uploaded = await (await citizen.PostAsync($"/api/v1/cases/{first.Number}/materials",
            new MultipartFormDataContent { { file, "file", "租赁合同.pdf" }, { new StringContent("经营场所使用证明"), "materialName" } })).ReadAsync<MaterialView>();

        // Not verified yet (C): nothing to reuse.
        var early = await (await citizen.ApplyAsync(new { itemCode = DemoCases.FoodLicence, useLicences = true })).ReadAsync<CaseSummary>();
        Assert.DoesNotContain(await (await citizen.GetAsync($"/api/v1/cases/{early.Number}/materials")).ReadAsync<List<MaterialView>>(), m => m.Trust != MaterialTrust.C);

        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientAsync("clerk")).PostAsync($"/api/v1/cases/{first.Number}/materials/{uploaded.Id}/verify-original", null)).StatusCode);
        var later = await (await citizen.ApplyAsync(new { itemCode = DemoCases.FoodLicence, useLicences = true })).ReadAsync<CaseSummary>();
        var reused = Assert.Single(await (await citizen.GetAsync($"/api/v1/cases/{later.Number}/materials")).ReadAsync<List<MaterialView>>(), m => m.Trust != MaterialTrust.C);
        Assert.Equal(("经营场所使用证明", MaterialTrust.B, "租赁合同.pdf"), (reused.MaterialName, reused.Trust, reused.FileName));
        Assert.Contains(first.Number, reused.UploadedBy);
        Assert.Equal(FileKindsTests.Pdf, await (await citizen.GetAsync($"/api/v1/cases/{later.Number}/materials/{reused.Id}")).Content.ReadAsByteArrayAsync());
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "material.reuse" && a.Subject == $"case:{first.Number}")));
        // Someone else's verified material is never offered.
        var other = await (await (await app.ClientAsync("enterprise")).ApplyAsync(new { itemCode = DemoCases.FoodLicence, useLicences = true })).ReadAsync<CaseSummary>();
        Assert.DoesNotContain(await (await (await app.ClientAsync("enterprise")).GetAsync($"/api/v1/cases/{other.Number}/materials")).ReadAsync<List<MaterialView>>(),
            m => m.MaterialName == "经营场所使用证明" && m.Trust == MaterialTrust.B);
    }

    [Fact]
    public async Task The_result_of_an_earlier_case_fills_the_material_it_is()
    {
        // sw-approver: the demo's 审批人员 of 市税务局 (every department that owns an item has one).
        var enterprise = await app.ClientAsync("enterprise");
        var clearance = await (await enterprise.ApplyAsync(new { itemCode = await CodeOfAsync("注销税务登记") })).ReadAsync<CaseSummary>();
        var accepted = await (await (await app.ClientAsync("clerk")).PostJsonAsync($"/api/v1/cases/{clearance.Number}/accept", new { concurrency = clearance.Concurrency })).ReadAsync<CaseSummary>();
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientAsync("sw-approver")).PostJsonAsync($"/api/v1/cases/{clearance.Number}/decide",
            new { concurrency = accepted.Concurrency, decision = "Grant", reason = "已结清税款，准予注销税务登记" })).StatusCode);

        var deregister = await (await enterprise.ApplyAsync(new { itemCode = await CodeOfAsync("企业注销登记"), useLicences = true })).ReadAsync<CaseSummary>();
        var materials = await (await enterprise.GetAsync($"/api/v1/cases/{deregister.Number}/materials")).ReadAsync<List<MaterialView>>();
        var result = Assert.Single(materials, m => m.MaterialName == "清税证明");
        Assert.Equal(MaterialTrust.A, result.Trust);
        Assert.Contains(clearance.Number, result.UploadedBy);
        Assert.Equal("application/pdf", (await enterprise.GetAsync($"/api/v1/cases/{deregister.Number}/materials/{result.Id}")).Content.Headers.ContentType!.MediaType);
        Assert.True(await app.WithDbAsync(db => db.Cases.Where(c => c.Number == deregister.Number).Select(c => c.MaterialsDrawn).SingleAsync()) >= 1);

        // A case decided before decision documents existed (its document removed here) gets one when its result is first reused.
        await app.WithDbAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM \"DecisionDocuments\" WHERE \"CaseNumber\" = {clearance.Number}"));
        var again = await (await enterprise.ApplyAsync(new { itemCode = await CodeOfAsync("企业注销登记"), useLicences = true })).ReadAsync<CaseSummary>();
        Assert.Contains(await (await enterprise.GetAsync($"/api/v1/cases/{again.Number}/materials")).ReadAsync<List<MaterialView>>(), m => m.MaterialName == "清税证明");
        Assert.Equal(1, await app.WithDbAsync(db => db.DecisionDocuments.CountAsync(d => d.CaseNumber == clearance.Number)));
    }
}
