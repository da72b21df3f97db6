using System.Net;
using Microsoft.EntityFrameworkCore;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Licences;

namespace Yiwang.Tests.Features.Licences;

/// <summary>A granted 食品经营许可 issues a licence signed by the department's SM2 seal; editing its stored data makes it invalid.</summary>
public class LicenceIssueTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private static async Task<CaseSummary> ActAsync(HttpClient c, string number, string action, object body)
    {
        var r = await c.PostJsonAsync($"/api/v1/cases/{number}/{action}", body);
        Assert.True(r.IsSuccessStatusCode, $"{action}: {await r.Content.ReadAsStringAsync()}");
        return await r.ReadAsync<CaseSummary>();
    }

    [Fact]
    public async Task A_granted_case_issues_a_signed_licence_and_a_tampered_one_verifies_as_invalid()
    {
        var enterprise = await app.ClientAsync("enterprise");
        var applied = await (await enterprise.ApplyAsync(new
        {
            itemCode = DemoCases.FoodLicence,
            form = new Dictionary<string, string> { ["operator_name"] = "张家界天门山旅游服务有限公司", ["address"] = "张家界市永定区天门路1号", ["category"] = "餐饮服务经营者", ["items"] = "热食类食品制售" },
        })).ReadAsync<CaseSummary>();
        var accepted = await ActAsync(await app.ClientAsync("clerk"), applied.Number, "accept", new { concurrency = applied.Concurrency });
        var approver = await app.ClientAsync("approver");
        var passed = await ActAsync(approver, applied.Number, "pass", new { concurrency = accepted.Concurrency });
        await ActAsync(approver, applied.Number, "decide", new { concurrency = passed.Concurrency, decision = "Grant", reason = "符合条件" });

        var wallet = await (await enterprise.GetAsync("/api/v1/licences/mine")).ReadAsync<List<Yiwang.Web.Features.Licences.Wallet.WalletLicence>>();
        var licence = Assert.Single(wallet, l => l.CaseNumber == applied.Number);
        Assert.Equal("食品经营许可证", licence.TypeName);
        Assert.Equal("热食类食品制售", licence.Fields["经营项目"]);
        Assert.Equal(licence.IssuedOn.AddYears(5).AddDays(-1), licence.ValidUntil);
        Assert.DoesNotContain(await (await (await app.ClientAsync("citizen")).GetAsync("/api/v1/licences/mine")).ReadAsync<List<Yiwang.Web.Features.Licences.Wallet.WalletLicence>>(), l => l.Number == licence.Number);

        var pdf = await enterprise.GetAsync($"/api/v1/licences/{licence.Id}/pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync())[..4]);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientAsync("citizen")).GetAsync($"/api/v1/licences/{licence.Id}/pdf")).StatusCode);

        var anon = await app.ClientAsync();
        var verified = await (await anon.GetAsync($"/api/v1/licences/{licence.Id}/verify")).ReadAsync<LicenceVerification>();
        Assert.True(verified.SignatureValid);
        Assert.Equal(LicenceStatus.Valid, verified.Status);
        Assert.Contains("有效", await anon.GetStringAsync($"/verify/{licence.Id}"));

        // The seal's private key is stored only encrypted; the holder's credit code too.
        var seal = await app.WithDbAsync(db => db.Database.SqlQuery<string>($"SELECT \"EncryptedPrivateKey\" AS \"Value\" FROM \"Seals\"").FirstAsync());
        Assert.StartsWith("sm4:", seal);
        var holderId = await app.WithDbAsync(db => db.Database.SqlQuery<string>($"SELECT \"HolderId\" AS \"Value\" FROM \"Licences\" WHERE \"Number\" = {licence.Number}").SingleAsync());
        Assert.DoesNotContain(Yiwang.Web.Data.Seed.DemoData.EnterpriseCreditCode, holderId);

        // Only the issuing department revokes, with a reason; verification then says so.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsync("xf-approver")).PostJsonAsync($"/api/v1/licences/{licence.Id}/revoke", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await approver.PostJsonAsync($"/api/v1/licences/{licence.Id}/revoke", new { reason = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await approver.PostJsonAsync($"/api/v1/licences/{licence.Id}/revoke", new { reason = "经营场所灭失，依法注销" })).StatusCode);
        var revoked = await (await anon.GetAsync($"/api/v1/licences/{licence.Id}/verify")).ReadAsync<LicenceVerification>();
        Assert.True(revoked.SignatureValid);
        Assert.Equal(LicenceStatus.Revoked, revoked.Status);
        Assert.Contains("已注销", revoked.Verdict);

        // Someone edits the stored licence directly in the database.
        await app.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"Licences\" SET \"HolderName\" = '张家界某某公司' WHERE \"Number\" = {licence.Number}"));
        var tampered = await (await anon.GetAsync($"/api/v1/licences/{licence.Id}/verify")).ReadAsync<LicenceVerification>();
        Assert.False(tampered.SignatureValid);
        Assert.Contains("无效", tampered.Verdict);
        Assert.Contains("无效", await anon.GetStringAsync($"/verify/{licence.Id}"));
        Assert.Equal(HttpStatusCode.NotFound, (await anon.GetAsync($"/api/v1/licences/{Guid.NewGuid()}/verify")).StatusCode);
    }
}
