using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Data.Seed;

namespace Yiwang.Tests.Data;

/// <summary>A city that installs the platform in Production gets an empty platform, not the demo city with its known password and API key.</summary>
public class ProductionDefaultsTests(ProductionDefaultsTests.ProductionApp app) : IClassFixture<ProductionDefaultsTests.ProductionApp>
{
    public sealed class ProductionApp : YiwangFactory
    {
        protected override bool SeedDemoData => false;
        protected override void ConfigureMore(IWebHostBuilder builder) => builder.UseEnvironment("Production");
    }

    [Fact]
    public async Task Production_loads_no_demo_accounts_data_or_api_keys()
    {
        var anonymous = await app.ClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/healthz")).StatusCode);
        var login = await anonymous.PostJsonAsync("/api/v1/auth/login", new { userName = "admin", password = DemoData.Password });
        Assert.NotEqual(HttpStatusCode.OK, login.StatusCode);
        Assert.Equal((0, 0, 0, 0), await app.WithDbAsync(async db =>
            (await db.Users.CountAsync(), await db.ApiClients.CountAsync(), await db.Departments.CountAsync(), await db.ServiceItems.CountAsync())));
        // The national holiday calendar is reference data, not demo data: it is there.
        Assert.True(await app.WithDbAsync(db => db.CalendarYears.AnyAsync()));
    }

    [Fact]
    public async Task The_data_protection_key_ring_is_written_encrypted()
    {
        await (await app.ClientAsync()).GetAsync("/login"); // the antiforgery token needs a key: one is made and written
        var keys = Directory.GetFiles(Path.Combine(app.DataDir, "dp-keys"), "*.xml");
        Assert.NotEmpty(keys);
        Assert.All(keys, k =>
        {
            var xml = File.ReadAllText(k);
            Assert.Contains("<encryptedKey", xml);
            Assert.DoesNotContain("<masterKey", xml);
        });
    }
}
