using System.Net;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Tests.Features.Cases;

public class NoticeTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    [Fact]
    public async Task Notices_exist_once_their_event_happened_and_are_pdfs()
    {
        var enterprise = await app.ClientAsync("enterprise");
        var clerk = await app.ClientAsync("clerk");
        var c = await (await enterprise.ApplyAsync(new { itemCode = "430800-XK-0005" })).ReadAsync<CaseSummary>();
        await Problem.ReadAsync(await enterprise.GetAsync($"/api/v1/cases/{c.Number}/notices/acceptance"), HttpStatusCode.NotFound);
        Assert.Equal("application/pdf", (await enterprise.GetAsync($"/api/v1/cases/{c.Number}/notices/receipt")).Content.Headers.ContentType?.MediaType);
        await (await clerk.PostJsonAsync($"/api/v1/cases/{c.Number}/request-supplement", new { missing = new[] { "食品安全管理制度文本" } })).ReadAsync<CaseSummary>();
        var supplement = await enterprise.GetAsync($"/api/v1/cases/{c.Number}/notices/supplement");
        Assert.Equal("application/pdf", supplement.Content.Headers.ContentType?.MediaType);
        var bytes = await supplement.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
        Assert.True(bytes.Length > 2000);
        await Applications.UploadAsync(enterprise, c.Number, "食品安全管理制度文本");
        await (await enterprise.PostJsonAsync($"/api/v1/cases/{c.Number}/resubmit", new { })).ReadAsync<CaseSummary>();
        await (await clerk.PostJsonAsync($"/api/v1/cases/{c.Number}/accept", new { })).ReadAsync<CaseSummary>();
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"/api/v1/cases/{c.Number}/notices/acceptance")).StatusCode);
        await Problem.ReadAsync(await enterprise.GetAsync($"/api/v1/cases/{c.Number}/notices/refusal"), HttpStatusCode.NotFound);
        await Problem.ReadAsync(await enterprise.GetAsync($"/api/v1/cases/{c.Number}/notices/nonsense"), HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientAsync("citizen")).GetAsync($"/api/v1/cases/{c.Number}/notices/acceptance")).StatusCode);
    }
}
