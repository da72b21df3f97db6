using System.Net;
using System.Net.Http.Json;
using Yiwang.Tests.Infrastructure;

namespace Yiwang.Tests.Common.Http;

/// <summary>Every limit at 3 a minute: each hammered path has its own bucket, the pages included.</summary>
public class RateLimitTests(RateLimitTests.LimitedApp app) : IClassFixture<RateLimitTests.LimitedApp>
{
    public sealed class LimitedApp : YiwangFactory
    {
        protected override bool RateLimited => true;
    }

    private static async Task<List<HttpStatusCode>> HammerAsync(Func<Task<HttpResponseMessage>> call, int times = 4)
    {
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < times; i++) codes.Add((await call()).StatusCode);
        return codes;
    }

    [Fact]
    public async Task The_sign_in_page_and_api_share_a_bucket_that_the_progress_query_does_not()
    {
        var client = await app.ClientAsync();
        var signIn = await HammerAsync(() => client.GetAsync("/login"), 2);
        signIn.AddRange(await HammerAsync(() => client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "nobody", password = "x" }), 2));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], signIn);

        // The progress query is not held up by the sign-in bucket, and has its own (page and API together).
        var progress = await HammerAsync(() => client.GetAsync("/progress"), 2);
        progress.AddRange(await HammerAsync(() => client.GetAsync("/api/v1/progress?number=ZJ1&name=张三"), 2));
        Assert.Equal(HttpStatusCode.TooManyRequests, progress[^1]);
        Assert.DoesNotContain(HttpStatusCode.TooManyRequests, progress[..3]);
        var problem = await (await client.GetAsync("/api/v1/progress?number=ZJ1&name=张三")).Content.ReadFromJsonAsync<Dictionary<string, object>>();
        Assert.Equal("请求过于频繁，请一分钟后再试", problem!["title"].ToString());
    }

    [Fact]
    public async Task Registration_search_and_sms_codes_are_limited_each_on_their_own()
    {
        var client = await app.ClientAsync();
        Assert.Equal(HttpStatusCode.TooManyRequests, (await HammerAsync(() => client.GetAsync("/register")))[^1]);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await HammerAsync(() => client.GetAsync("/api/v1/items?q=证")))[^1]);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await HammerAsync(() => client.PostJsonAsync("/api/v1/auth/reset-code", new { userName = "x", phone = "13900000000" })))[^1]);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await HammerAsync(() => client.GetAsync("/api/v1/share/population/1")))[^1]);
    }
}
