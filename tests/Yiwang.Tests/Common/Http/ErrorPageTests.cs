using System.Net;
using Yiwang.Tests.Infrastructure;

namespace Yiwang.Tests.Common.Http;

/// <summary>An unknown address gets the site's own 404 page (an API address a problem), an unknown verification id a forgery warning.</summary>
public class ErrorPageTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/items/no/such/thing")]
    [InlineData("/cases-typo")]
    public async Task An_unknown_page_answers_404_with_the_site_page(string path)
    {
        var r = await (await app.ClientAsync()).GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        var html = await r.Content.ReadAsStringAsync();
        Assert.Contains("页面未找到", html);
        Assert.Contains("返回首页", html);
        Assert.Contains("site-header", html); // inside the site's layout, with its navigation
    }

    [Fact]
    public async Task An_unknown_api_address_answers_a_problem()
    {
        var r = await (await app.ClientAsync()).GetAsync("/api/v1/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/verify/3f2504e0-4f89-11d3-9a0c-0305e82c3301")]
    [InlineData("/verify/not-a-document")]
    public async Task An_unknown_verification_warns_of_forgery(string path)
    {
        var r = await (await app.ClientAsync()).GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        Assert.Contains("证照不存在或可能伪造", await r.Content.ReadAsStringAsync());
    }
}
