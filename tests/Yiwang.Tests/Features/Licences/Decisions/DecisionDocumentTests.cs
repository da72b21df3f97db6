using System.Net;
using Microsoft.EntityFrameworkCore;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Licences;
using Yiwang.Web.Features.Licences.Decisions;

namespace Yiwang.Tests.Features.Licences.Decisions;

/// <summary>决定书: every decision issues a document signed by the deciding department's seal; a recalled decision voids it and its licence; a tampered one is invalid.</summary>
public class DecisionDocumentTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private static async Task<CaseSummary> ActAsync(HttpClient c, string number, string action, object body)
    {
        var r = await c.PostJsonAsync($"/api/v1/cases/{number}/{action}", body);
        Assert.True(r.IsSuccessStatusCode, $"{action}: {await r.Content.ReadAsStringAsync()}");
        return await r.ReadAsync<CaseSummary>();
    }

    private async Task<(CaseSummary Applied, CaseSummary Passed)> ReadyToDecideAsync(HttpClient applicant, object application)
    {
        var applied = await (await applicant.ApplyAsync(application)).ReadAsync<CaseSummary>();
        var accepted = await ActAsync(await app.ClientAsync("clerk"), applied.Number, "accept", new { concurrency = applied.Concurrency });
        return (applied, await ActAsync(await app.ClientAsync("approver"), applied.Number, "pass", new { concurrency = accepted.Concurrency }));
    }

    private Task<List<DecisionDocument>> DocumentsAsync(string number) =>
        app.WithDbAsync(db => db.DecisionDocuments.AsNoTracking().Where(d => d.CaseNumber == number).OrderBy(d => d.IssuedAt).ToListAsync());

    [Fact]
    public async Task A_grant_issues_a_signed_decision_stating_the_licence_and_a_tampered_one_is_invalid()
    {
        var enterprise = await app.ClientAsync("enterprise");
        var (applied, passed) = await ReadyToDecideAsync(enterprise, new { itemCode = DemoCases.FoodLicence, form = new Dictionary<string, string> { ["operator_name"] = "张家界天门山旅游服务有限公司" } });
        await ActAsync(await app.ClientAsync("approver"), applied.Number, "decide", new { concurrency = passed.Concurrency, decision = "Grant", reason = "经审查符合食品经营许可条件" });

        var document = Assert.Single(await DocumentsAsync(applied.Number));
        var licence = await app.WithDbAsync(db => db.Licences.AsNoTracking().SingleAsync(l => l.CaseNumber == applied.Number));
        Assert.Equal(("准予行政许可决定书", Decision.Grant, "食品经营许可证", licence.Number, "市市场监管局"),
            (document.Title, document.Decision, document.ResultName, document.LicenceNumber, document.IssuerName));
        Assert.Equal(licence.SealId, document.SealId); // the same department seal signs both

        var anon = await app.ClientAsync();
        var verified = await (await anon.GetAsync($"/api/v1/decisions/{document.Id}/verify")).ReadAsync<DecisionVerification>();
        Assert.True(verified.SignatureValid);
        Assert.Equal(("有效", "准予"), (verified.StatusName, verified.Decision));
        Assert.Equal("张家界天门山旅游服务有限公司", verified.ApplicantName); // an organisation's name is public
        Assert.Contains("决定书核验", await anon.GetStringAsync($"/verify/{document.Id}"));

        // The applicant downloads the PDF from the case; someone else cannot.
        var pdf = await enterprise.GetAsync($"/api/v1/cases/{applied.Number}/notices/decision");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync())[..4]);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientAsync("citizen")).GetAsync($"/api/v1/cases/{applied.Number}/notices/decision")).StatusCode);
        Assert.Contains("决定书（PDF）", await enterprise.GetStringAsync($"/cases/{applied.Number}"));

        await app.WithDbAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"DecisionDocuments\" SET \"Reason\" = '经审查符合条件（已改）' WHERE \"Id\" = {document.Id}"));
        var tampered = await (await anon.GetAsync($"/api/v1/decisions/{document.Id}/verify")).ReadAsync<DecisionVerification>();
        Assert.False(tampered.SignatureValid);
        Assert.Contains("无效", tampered.Verdict);
        Assert.Equal(HttpStatusCode.NotFound, (await anon.GetAsync($"/api/v1/decisions/{Guid.NewGuid()}/verify")).StatusCode);
    }

    [Fact]
    public async Task A_recalled_grant_voids_its_decision_and_licence_and_the_replaced_licence_is_in_force_again()
    {
        var citizen = await app.ClientAsync("citizen");
        var approver = await app.ClientAsync("approver");
        async Task<CaseSummary> GrantedAsync(string name)
        {
            // 个体工商户设立登记: decided right after acceptance.
            var applied = await (await citizen.ApplyAsync(new { itemCode = "430800-XK-0001", form = new Dictionary<string, string> { ["name"] = name } })).ReadAsync<CaseSummary>();
            var accepted = await ActAsync(await app.ClientAsync("clerk"), applied.Number, "accept", new { concurrency = applied.Concurrency });
            return await ActAsync(approver, applied.Number, "decide", new { concurrency = accepted.Concurrency, decision = "Grant", reason = "符合登记条件" });
        }
        var first = await GrantedAsync("张三米粉店");
        var second = await GrantedAsync("张三米粉店（新址）");
        var licences = await app.WithDbAsync(db => db.Licences.AsNoTracking().Where(l => l.CaseNumber == first.Number || l.CaseNumber == second.Number).ToListAsync());
        Assert.Equal(LicenceStatus.Replaced, licences.Single(l => l.CaseNumber == first.Number).Status);

        // The approver recalls the second decision before delivery.
        await ActAsync(approver, second.Number, "recall", new { concurrency = second.Concurrency });
        licences = await app.WithDbAsync(db => db.Licences.AsNoTracking().Where(l => l.CaseNumber == first.Number || l.CaseNumber == second.Number).ToListAsync());
        Assert.Equal(LicenceStatus.Revoked, licences.Single(l => l.CaseNumber == second.Number).Status);
        Assert.Equal(LicenceStatus.Valid, licences.Single(l => l.CaseNumber == first.Number).Status);
        var recalled = Assert.Single(await DocumentsAsync(second.Number));
        Assert.Equal(DecisionDocumentStatus.Recalled, recalled.Status);
        var check = await (await (await app.ClientAsync()).GetAsync($"/api/v1/decisions/{recalled.Id}/verify")).ReadAsync<DecisionVerification>();
        Assert.Equal((true, "已撤回"), (check.SignatureValid, check.StatusName));
        Assert.Equal("张*", check.ApplicantName); // a person's name is masked on the public page
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/api/v1/cases/{second.Number}/notices/decision")).StatusCode);

        // Decided again, this time a denial: a second document, numbered after the first.
        var back = await (await approver.GetAsync($"/api/v1/cases/{second.Number}")).ReadAsync<Yiwang.Web.Features.Cases.Read.CaseView>();
        await ActAsync(approver, second.Number, "decide", new { concurrency = back.Concurrency, decision = "Deny", reason = "新址不符合经营场所要求" });
        var documents = await DocumentsAsync(second.Number);
        Assert.Equal(2, documents.Count);
        Assert.Equal(("不予行政许可决定书", DecisionDocumentStatus.Valid, (string?)null), (documents[1].Title, documents[1].Status, documents[1].LicenceNumber));
        Assert.EndsWith("-2", documents[1].Number);
        Assert.Contains("行政复议", string.Join("", documents[1].Paragraphs()));
    }
}
