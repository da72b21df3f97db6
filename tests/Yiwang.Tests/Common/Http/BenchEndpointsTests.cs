using System.Net;
using Microsoft.AspNetCore.Hosting;
using Yiwang.Tests.Infrastructure;

namespace Yiwang.Tests.Common.Http;

public class BenchEndpointsTests
{
    private sealed class BenchConfigured : YiwangFactory
    {
        protected override void ConfigureMore(IWebHostBuilder builder) => builder.UseSetting("Bench:Endpoints", "true");
    }

    [Fact]
    public async Task The_production_build_has_no_benchmark_endpoints_even_when_configured_on()
    {
        await using var app = new BenchConfigured();
        var client = await app.ClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/bench/hello")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }
}
