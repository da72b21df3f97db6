using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Yiwang.Tests.Common.Blobs;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Data.Seed;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Tests.Data;

/// <summary>Lengths and bytes the model cannot hold are a 400 naming the field on both databases, and leave nothing behind.</summary>
public class TextLimitsTests(TextLimitsTests.SmallQuotaApp app) : IClassFixture<TextLimitsTests.SmallQuotaApp>
{
    /// <summary>A case holds at most 1 KB of materials here.</summary>
    public sealed class SmallQuotaApp : YiwangFactory
    {
        protected override void ConfigureMore(IWebHostBuilder builder) => builder.UseSetting("Cases:MaxCaseMaterialBytes", "1024");
    }

    private static MultipartFormDataContent Form(string material, string fileName = "申请书.pdf")
    {
        var file = new ByteArrayContent(FileKindsTests.Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { file, "file", fileName }, { new StringContent(material), "materialName" } };
    }

    private int Blobs() => Directory.Exists(Path.Combine(app.DataDir, "blobs"))
        ? Directory.EnumerateFiles(Path.Combine(app.DataDir, "blobs"), "*", SearchOption.AllDirectories).Count(f => !Path.GetFileName(f).StartsWith('.')) : 0;

    [Fact]
    public async Task A_long_name_or_a_bidi_override_in_a_name_is_400_naming_the_field()
    {
        var client = await app.ClientAsync();
        object Person(string name) => new { kind = "NaturalPerson", userName = "long" + name.Length, password = DemoData.Password, name, idNumber = DemoData.WithCheckDigit("43080219930303031"), phone = "13900004444" };
        Assert.Contains("name", (await Problem.ReadAsync(await client.PostAsJsonAsync("/api/v1/accounts", Person(new string('张', 300))), HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Contains("name", (await Problem.ReadAsync(await client.PostAsJsonAsync("/api/v1/accounts", Person("张\u202E三")), HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Contains("name", (await Problem.ReadAsync(await client.PostAsJsonAsync("/api/v1/accounts", Person("张\0三")), HttpStatusCode.BadRequest)).Errors.Keys);
    }

    [Fact]
    public async Task A_text_longer_than_its_column_is_refused_before_the_save_even_where_no_handler_checks_it()
    {
        var enterprise = await app.ClientAsync("enterprise");
        var c = await (await enterprise.ApplyAsync(new { itemCode = DemoCases.FoodLicence })).ReadAsync<CaseSummary>();
        var clerk = await app.ClientAsync("clerk");
        // A refusal's reason goes into the event's detail (2 000 characters at most).
        var p = await Problem.ReadAsync(await clerk.PostJsonAsync($"/api/v1/cases/{c.Number}/refuse",
            new { concurrency = c.Concurrency, reason = new string('缺', 2500) }), HttpStatusCode.BadRequest);
        Assert.Equal("提交的内容有误", p.Title);
        Assert.Contains("2000", p.Errors.Values.Single()[0]);
        // Nothing moved: the case can still be accepted with the token it had.
        Assert.Equal(HttpStatusCode.OK, (await clerk.PostJsonAsync($"/api/v1/cases/{c.Number}/accept", new { concurrency = c.Concurrency })).StatusCode);
    }

    [Fact]
    public async Task A_refused_upload_leaves_no_blob_and_a_case_holds_no_more_than_its_quota()
    {
        var enterprise = await app.ClientAsync("enterprise");
        // A draft, whose materials are still to be uploaded.
        var c = await (await enterprise.PostJsonAsync("/api/v1/cases", new { itemCode = DemoCases.FoodLicence, submit = false })).ReadAsync<CaseSummary>();
        var before = Blobs();
        Assert.Contains("materialName", (await Problem.ReadAsync(await enterprise.PostAsync($"/api/v1/cases/{c.Number}/materials", Form(new string('材', 300))), HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Contains("file", (await Problem.ReadAsync(await enterprise.PostAsync($"/api/v1/cases/{c.Number}/materials", Form("食品经营许可申请书", "a\u202Efdp.exe")), HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Equal(before, Blobs());

        var size = FileKindsTests.Pdf.Length;
        var fit = (int)(1024 / size);
        for (var i = 0; i < fit; i++)
            Assert.Equal(HttpStatusCode.Created, (await enterprise.PostAsync($"/api/v1/cases/{c.Number}/materials", Form("食品经营许可申请书"))).StatusCode);
        var over = await Problem.ReadAsync(await enterprise.PostAsync($"/api/v1/cases/{c.Number}/materials", Form("食品经营许可申请书")), HttpStatusCode.BadRequest);
        Assert.Contains("上限", over.Errors["file"][0]);
        Assert.Equal(before + fit, Blobs());
    }
}
