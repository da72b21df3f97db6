using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Yiwang.Tests.Common.Blobs;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Tests.Common.Http;

/// <summary>
/// A page of another origin on the same site (say a sibling subdomain) gets the victim's cookie sent
/// with whatever it posts (SameSite=Lax lets same-site requests through): each write it could send is
/// refused, and nothing changes. Written as the attacks it stops.
/// </summary>
public class CrossSiteWritesTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private const string Sibling = "http://evil.zjzwfw.example";

    /// <summary>The victim's signed-in session as a hostile page would use it: the cookie, but not the script header.</summary>
    private async Task<HttpClient> VictimAsync(string user)
    {
        var client = await app.ClientAsync(user);
        client.DefaultRequestHeaders.Remove("X-Requested-With");
        return client;
    }

    private static MultipartFormDataContent Pdf(string material)
    {
        var file = new ByteArrayContent(FileKindsTests.Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return new MultipartFormDataContent { { file, "file", "伪造.pdf" }, { new StringContent(material), "materialName" } };
    }

    private async Task<string> CaseOfAsync(string user) =>
        (await (await (await app.ClientAsync(user)).ApplyAsync(new { itemCode = "430800-XK-0005" })).ReadAsync<CaseSummary>()).Number;

    private Task<int> MaterialsAsync(string number) =>
        app.WithDbAsync(db => db.CaseMaterials.CountAsync(m => db.Cases.Any(c => c.Id == m.CaseId && c.Number == number)));

    [Fact]
    public async Task A_cross_origin_upload_to_a_citizens_case_is_refused_and_stores_nothing()
    {
        var number = await CaseOfAsync("enterprise");
        var victim = await VictimAsync("enterprise");
        var given = await MaterialsAsync(number);

        // A plain multipart form post from the other page: no script header.
        var plain = await Problem.ReadAsync(await victim.PostAsync($"/api/v1/cases/{number}/materials", Pdf("食品经营许可申请书")), HttpStatusCode.Forbidden);
        Assert.Contains("X-Requested-With", plain.Detail);
        // With the header forged by a script, the browser still says where it comes from.
        foreach (var (name, value) in new[] { ("Origin", Sibling), ("Sec-Fetch-Site", "same-site"), ("Origin", "null") })
        {
            using var forged = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{number}/materials") { Content = Pdf("食品经营许可申请书") };
            forged.Headers.Add("X-Requested-With", "XMLHttpRequest");
            forged.Headers.Add(name, value);
            Assert.Equal("跨站请求被拒绝", (await Problem.ReadAsync(await victim.SendAsync(forged), HttpStatusCode.Forbidden)).Title);
        }
        Assert.Equal(given, await MaterialsAsync(number));

        // The platform's own script, from its own origin, uploads.
        using var own = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/cases/{number}/materials") { Content = Pdf("食品经营许可申请书") };
        own.Headers.Add("X-Requested-With", "XMLHttpRequest");
        own.Headers.Add("Origin", "http://localhost");
        own.Headers.Add("Sec-Fetch-Site", "same-origin");
        Assert.Equal(HttpStatusCode.Created, (await victim.SendAsync(own)).StatusCode);
        Assert.Equal(given + 1, await MaterialsAsync(number));
    }

    [Fact]
    public async Task A_department_admins_session_cannot_import_a_tampered_guide_from_another_page()
    {
        var admin = await VictimAsync("scjg-admin");
        var catalog = new { items = Array.Empty<object>() };
        var file = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(catalog));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var before = await app.WithDbAsync(db => db.ServiceItemVersions.CountAsync());
        var refused = await admin.PostAsync("/api/v1/catalog/import?publish=true", new MultipartFormDataContent { { file, "file", "catalog.json" } });
        await Problem.ReadAsync(refused, HttpStatusCode.Forbidden);
        Assert.Equal(before, await app.WithDbAsync(db => db.ServiceItemVersions.CountAsync()));
    }

    [Fact]
    public async Task Text_plain_and_form_posts_to_the_json_api_are_refused_even_with_the_header()
    {
        var citizen = await app.ClientAsync("enterprise");
        var text = await citizen.PostAsync("/api/v1/cases", new StringContent("{\"itemCode\":\"430800-XK-0005\"}", System.Text.Encoding.UTF8, "text/plain"));
        Assert.Equal("请求内容类型不受支持", (await Problem.ReadAsync(text, HttpStatusCode.UnsupportedMediaType)).Title);
        var form = await citizen.PostAsync("/api/v1/cases", new FormUrlEncodedContent(new Dictionary<string, string> { ["itemCode"] = "430800-XK-0005" }));
        await Problem.ReadAsync(form, HttpStatusCode.UnsupportedMediaType);
        var body = await (await app.ClientAsync()).PostAsync("/api/v1/auth/login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["userName"] = "enterprise", ["password"] = Yiwang.Web.Data.Seed.DemoData.Password }));
        await Problem.ReadAsync(body, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Body_less_posts_and_logout_need_the_header_too()
    {
        var number = await CaseOfAsync("enterprise");
        var victim = await VictimAsync("enterprise");
        await Problem.ReadAsync(await victim.PostAsync($"/api/v1/cases/{number}/withdraw", null), HttpStatusCode.Forbidden);
        Assert.Equal(CaseStatus.Submitted, (await (await victim.GetAsync($"/api/v1/cases/{number}")).ReadAsync<Yiwang.Web.Features.Cases.Read.CaseView>()).Status);

        // A forged logout does not sign the victim out; their own does.
        await Problem.ReadAsync(await victim.PostAsync("/api/v1/auth/logout", null), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await victim.GetAsync("/api/v1/accounts/me")).StatusCode);
        victim.DefaultRequestHeaders.Add("X-Requested-With", "XMLHttpRequest");
        Assert.Equal(HttpStatusCode.NoContent, (await victim.PostAsync("/api/v1/auth/logout", null)).StatusCode);
    }

    [Fact]
    public async Task Reads_and_api_key_requests_are_not_concerned()
    {
        var victim = await VictimAsync("enterprise");
        Assert.Equal(HttpStatusCode.OK, (await victim.GetAsync("/api/v1/cases/mine")).StatusCode);
        // A department system's request carries its key and no cookie: the guard lets it through to the endpoint's own checks.
        using var keyed = new HttpRequestMessage(HttpMethod.Post, "/api/v1/cases") { Content = JsonContent.Create(new { itemCode = "430800-XK-0005" }) };
        keyed.Headers.Add("X-Api-Key", "not-a-key");
        var system = await app.ClientAsync();
        system.DefaultRequestHeaders.Remove("X-Requested-With");
        Assert.Equal(HttpStatusCode.Unauthorized, (await system.SendAsync(keyed)).StatusCode);
    }
}
