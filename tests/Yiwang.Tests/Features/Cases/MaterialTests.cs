using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Yiwang.Tests.Common.Blobs;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Cases.Materials;

namespace Yiwang.Tests.Features.Cases;

public class MaterialTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private static MultipartFormDataContent Form(byte[] bytes, string fileName, string material = "食品经营许可申请书")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { file, "file", fileName }, { new StringContent(material), "materialName" } };
    }

    private async Task<string> NewCase(HttpClient client) =>
        (await (await client.ApplyAsync(new { itemCode = "430800-XK-0005" })).ReadAsync<CaseSummary>()).Number;

    [Fact]
    public async Task Applicant_uploads_a_pdf_and_staff_download_it_audited()
    {
        var applicant = await app.ClientAsync("enterprise");
        var number = await NewCase(applicant);
        var created = await applicant.PostAsync($"/api/v1/cases/{number}/materials", Form(FileKindsTests.Pdf, "申请书.pdf"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var m = await created.ReadAsync<MaterialView>();
        Assert.Equal(Yiwang.Web.Common.Blobs.FileKind.Pdf, m.Kind);

        var clerk = await app.ClientAsync("clerk");
        var download = await clerk.GetAsync($"/api/v1/cases/{number}/materials/{m.Id}");
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(FileKindsTests.Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(1, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "case.material.read" && a.Actor == "clerk")));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientAsync("citizen")).GetAsync($"/api/v1/cases/{number}/materials/{m.Id}")).StatusCode);
    }

    [Fact]
    public async Task Type_is_checked_by_content_and_size_and_state_are_enforced()
    {
        var applicant = await app.ClientAsync("enterprise");
        var number = await NewCase(applicant);
        var fake = await Problem.ReadAsync(await applicant.PostAsync($"/api/v1/cases/{number}/materials", Form("not really a pdf"u8.ToArray(), "营业执照.pdf")), HttpStatusCode.BadRequest);
        Assert.Contains("不是 PDF、JPG、PNG 或 OFD", fake.Errors["file"][0]);
        var big = new byte[11 * 1024 * 1024];
        FileKindsTests.Pdf.CopyTo(big, 0);
        var tooBig = await Problem.ReadAsync(await applicant.PostAsync($"/api/v1/cases/{number}/materials", Form(big, "big.pdf")), HttpStatusCode.BadRequest);
        Assert.Contains("不得超过", tooBig.Errors["file"][0]);
        var noName = await Problem.ReadAsync(await applicant.PostAsync($"/api/v1/cases/{number}/materials", Form(FileKindsTests.Pdf, "a.pdf", "")), HttpStatusCode.BadRequest);
        Assert.Contains("materialName", noName.Errors.Keys);

        await (await (await app.ClientAsync("clerk")).PostJsonAsync($"/api/v1/cases/{number}/accept", new { })).ReadAsync<CaseSummary>();
        await Problem.ReadAsync(await applicant.PostAsync($"/api/v1/cases/{number}/materials", Form(FileKindsTests.Pdf, "late.pdf")), HttpStatusCode.Conflict);
        var other = await app.ClientAsync("citizen");
        await Problem.ReadAsync(await other.PostAsync($"/api/v1/cases/{number}/materials", Form(FileKindsTests.Pdf, "x.pdf")), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_window_verifies_an_uploaded_material_against_its_original()
    {
        var applicant = await app.ClientAsync("enterprise");
        var number = await NewCase(applicant);
        var m = await (await applicant.PostAsync($"/api/v1/cases/{number}/materials", Form(FileKindsTests.Pdf, "申请书.pdf"))).ReadAsync<MaterialView>();
        Assert.Equal(MaterialTrust.C, m.Trust);
        // The applicant cannot vouch for their own upload.
        Assert.Equal(HttpStatusCode.Forbidden, (await applicant.PostAsync($"/api/v1/cases/{number}/materials/{m.Id}/verify-original", null)).StatusCode);
        var clerk = await app.ClientAsync("clerk");
        var verified = await (await clerk.PostAsync($"/api/v1/cases/{number}/materials/{m.Id}/verify-original", null)).ReadAsync<MaterialView>();
        Assert.Equal(MaterialTrust.B, verified.Trust);
        Assert.Equal(HttpStatusCode.Conflict, (await clerk.PostAsync($"/api/v1/cases/{number}/materials/{m.Id}/verify-original", null)).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "case.material.verify" && a.Subject.StartsWith($"case:{number}"))));
        Assert.Contains("B级：窗口已核验", await clerk.GetStringAsync($"/cases/{number}"));
    }
}
