using System.Text.RegularExpressions;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Common.Http;

namespace Yiwang.Tests.Common.Http;

/// <summary>Every page carries a Content-Security-Policy under which only the site's own scripts run, and no page needs an inline script to work.</summary>
public partial class SecurityHeadersTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    [GeneratedRegex("<script(?![^>]*\\bsrc=)(?![^>]*type=\"application/json\")[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("\\son[a-z]+=\"", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();

    [Theory]
    [InlineData(null, "/")]
    [InlineData(null, "/items/430800-XK-0001")]
    [InlineData(null, "/bundles")]
    [InlineData(null, "/login")]
    [InlineData("citizen", "/cases")]
    [InlineData("clerk", "/staff/workbench")]
    [InlineData("supervisor", "/staff/indicators")]
    public async Task Pages_allow_only_the_sites_own_scripts(string? user, string path)
    {
        var response = await (await app.ClientAsync(user)).GetAsync(path);
        response.EnsureSuccessStatusCode();
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, csp);
        Assert.Contains("script-src 'self';", csp);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotMatch(InlineHandler(), html);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
