using System.Net;
using Yiwang.Tests.Infrastructure;

namespace Yiwang.Tests.Features.Catalog.FormTemplates;

/// <summary>表格下载 and 示例样表: the item's 申请表 as a blank PDF and a filled example, linked from its guide.</summary>
public class FormTemplateTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    [Fact]
    public async Task The_guide_links_a_blank_form_and_a_filled_sample_of_its_application_form()
    {
        var anyone = await app.ClientAsync();
        var guide = await anyone.GetStringAsync("/items/430800-XK-0005");
        Assert.Contains("/api/v1/items/430800-XK-0005/forms/blank", guide);
        Assert.Contains("/api/v1/items/430800-XK-0005/forms/sample", guide);
        foreach (var kind in new[] { "blank", "sample" })
        {
            var pdf = await anyone.GetAsync($"/api/v1/items/430800-XK-0005/forms/{kind}");
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
            var bytes = await pdf.Content.ReadAsByteArrayAsync();
            Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
            Assert.Contains(kind == "blank" ? "空白表格" : "示例样表", pdf.Content.Headers.ContentDisposition!.FileNameStar);
        }
        Assert.Contains("kind", (await Problem.ReadAsync(await anyone.GetAsync("/api/v1/items/430800-XK-0005/forms/other"), HttpStatusCode.BadRequest)).Errors.Keys);
        Assert.Equal(HttpStatusCode.NotFound, (await anyone.GetAsync("/api/v1/items/430800-XK-9999/forms/blank")).StatusCode);
    }

    [Fact]
    public void A_sample_shows_what_each_kind_of_field_wants()
    {
        Assert.Equal("张家界市永定区解放路88号（写到门牌号）", Yiwang.Web.Features.Catalog.FormTemplates.FormTemplateHandler.Example(new() { Label = "住所", Type = Yiwang.Web.Features.Catalog.FormFieldType.Address }));
        Assert.Equal("有限责任公司", Yiwang.Web.Features.Catalog.FormTemplates.FormTemplateHandler.Example(new() { Label = "类型", Type = Yiwang.Web.Features.Catalog.FormFieldType.Choice, Options = ["有限责任公司", "合伙企业"] }));
    }
}
