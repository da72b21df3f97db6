using System.Net;
using System.Text.RegularExpressions;
using Yiwang.Tests.Infrastructure;

namespace Yiwang.Tests.Common.Http;

/// <summary>Every 导出 Excel button of a filtered list downloads a workbook, also with no filter chosen.</summary>
public partial class ExportLinkTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    [GeneratedRegex("href=\"([^\"]+)\"[^>]*data-testid=\"export\"")]
    private static partial Regex ExportHref();

    [Theory]
    [InlineData("/ratings")]
    [InlineData("/staff/supervision")]
    [InlineData("/staff/rectifications")]
    [InlineData("/staff/supervision?level=Yellow")]
    public async Task The_export_button_downloads_the_list(string page)
    {
        var supervisor = await app.ClientAsync("supervisor");
        var html = await (await supervisor.GetAsync(page)).Content.ReadAsStringAsync();
        var href = WebUtility.HtmlDecode(Assert.Single(ExportHref().Matches(html)).Groups[1].Value);
        var file = await supervisor.GetAsync(href);
        Assert.True(file.StatusCode == HttpStatusCode.OK, $"{href}: {(int)file.StatusCode} {await file.Content.ReadAsStringAsync()}");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.Content.Headers.ContentType?.MediaType);
    }
}
