using System.Net;
using Microsoft.EntityFrameworkCore;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Catalog.MaterialAttachments;

namespace Yiwang.Tests.Features.Catalog.MaterialAttachments;

/// <summary>The department uploads a blank form and a filled sample for a material; the guide offers them to everyone.</summary>
public class MaterialAttachmentTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private const string Food = DemoCases.FoodLicence; // 市市场监管局
    private const string Rules = "食品安全管理制度文本";

    private static MultipartFormDataContent Form(string material, string kind, byte[] bytes, string fileName = "样表.pdf")
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new("application/pdf");
        return new MultipartFormDataContent { { file, "file", fileName }, { new StringContent(material), "materialName" }, { new StringContent(kind), "kind" } };
    }

    [Fact]
    public async Task The_owning_department_uploads_a_sample_that_the_guide_offers_and_replaces_it()
    {
        var admin = await app.ClientAsync("scjg-admin");
        var first = await (await admin.PostAsync($"/api/v1/items/{Food}/material-attachments", Form(Rules, "sample", Applications.SamplePdf, "制度样表.pdf"))).ReadAsync<MaterialAttachmentView>();
        Assert.Equal(("示例样表", "制度样表.pdf"), (first.KindName, first.FileName));

        var anyone = await app.ClientAsync();
        Assert.Contains($"/api/v1/items/{Food}/material-attachments/{first.Id}", await anyone.GetStringAsync($"/items/{Food}")); // the cached guide shows it at once
        var file = await anyone.GetAsync($"/api/v1/items/{Food}/material-attachments/{first.Id}");
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Applications.SamplePdf, await file.Content.ReadAsByteArrayAsync());

        // A second sample of the same material replaces the first; the audit log has both.
        var second = await (await admin.PostAsync($"/api/v1/items/{Food}/material-attachments", Form(Rules, "sample", Applications.SamplePdf, "制度样表（2026版）.pdf"))).ReadAsync<MaterialAttachmentView>();
        var listed = await (await anyone.GetAsync($"/api/v1/items/{Food}/material-attachments")).ReadAsync<List<MaterialAttachmentView>>();
        Assert.Equal(["制度样表（2026版）.pdf"], listed.Where(a => a.MaterialName == Rules).Select(a => a.FileName));
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync($"/api/v1/items/{Food}/material-attachments/{first.Id}")).StatusCode);
        Assert.Equal(2, await app.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "catalog.material-attachment")));
        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public async Task Another_department_a_stranger_a_material_not_in_the_guide_and_a_disguised_file_are_refused()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsync("ga-admin")).PostAsync($"/api/v1/items/{Food}/material-attachments", Form(Rules, "blank", Applications.SamplePdf))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsync("citizen")).PostAsync($"/api/v1/items/{Food}/material-attachments", Form(Rules, "blank", Applications.SamplePdf))).StatusCode);
        var admin = await app.ClientAsync("scjg-admin");
        Assert.Contains("materialName", (await Problem.ReadAsync(await admin.PostAsync($"/api/v1/items/{Food}/material-attachments", Form("随便一份材料", "blank", Applications.SamplePdf)), HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Contains("kind", (await Problem.ReadAsync(await admin.PostAsync($"/api/v1/items/{Food}/material-attachments", Form(Rules, "other", Applications.SamplePdf)), HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Contains("file", (await Problem.ReadAsync(await admin.PostAsync($"/api/v1/items/{Food}/material-attachments", Form(Rules, "blank", "MZ\u0090\0 not a pdf"u8.ToArray(), "制度.pdf")), HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/api/v1/items/430800-XK-9999/material-attachments", Form(Rules, "blank", Applications.SamplePdf))).StatusCode);
    }
}
