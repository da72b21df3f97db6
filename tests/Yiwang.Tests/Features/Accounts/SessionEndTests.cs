using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Data.Seed;

namespace Yiwang.Tests.Features.Accounts;

/// <summary>A session ends when its owner signs out: a cookie copied from it, and every other session of the account, stop working at once.</summary>
public class SessionEndTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    /// <summary>The raw sign-in cookie of a fresh sign-in (what someone could copy from a browser or a log).</summary>
    private async Task<string> CookieOfSignInAsync(string user)
    {
        var raw = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        raw.DefaultRequestHeaders.Add("X-Requested-With", "XMLHttpRequest");
        var login = await raw.PostAsJsonAsync("/api/v1/auth/login", new { userName = user, password = DemoData.Password });
        Assert.Equal(HttpStatusCode.NoContent, login.StatusCode);
        return login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("yiwang.auth=", StringComparison.Ordinal)).Split(';')[0];
    }

    private HttpClient With(string cookie)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        client.DefaultRequestHeaders.Add("X-Requested-With", "XMLHttpRequest");
        return client;
    }

    [Fact]
    public async Task Signing_out_ends_the_copied_cookie_and_every_other_session_of_the_account()
    {
        var cookie = await CookieOfSignInAsync("citizen");
        var (browser, copy) = (With(cookie), With(cookie));
        var phone = await app.ClientAsync("citizen"); // a second sign-in of the same person
        var other = await app.ClientAsync("enterprise");
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/api/v1/accounts/me")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await browser.PostAsync("/api/v1/auth/logout", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await copy.GetAsync("/api/v1/accounts/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/cases/mine")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await phone.GetAsync("/api/v1/accounts/me")).StatusCode);
        // Someone else's session is untouched, and the person can sign in again.
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/v1/accounts/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await With(await CookieOfSignInAsync("citizen")).GetAsync("/api/v1/accounts/me")).StatusCode);
    }
}
