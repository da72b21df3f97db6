using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Cases.Read;
using Yiwang.Web.Features.Catalog;

namespace Yiwang.Tests.Features.Cases.Submit;

/// <summary>A case is opened under the item version in force when it commits, whatever this process has cached.</summary>
public class VersionInForceTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private const string Food = "430800-XK-0005";

    [Fact]
    public async Task A_version_published_by_another_process_is_used_at_once()
    {
        var enterprise = await app.ClientAsync("enterprise");
        var first = await (await enterprise.ApplyAsync(new { itemCode = Food })).ReadAsync<Yiwang.Web.Features.Cases.CaseSummary>();
        var before = await (await enterprise.GetAsync($"/api/v1/cases/{first.Number}")).ReadAsync<CaseView>();

        // Publish straight into the database, as another web process would: this process's cache is not told.
        var published = await app.WithDbAsync(async db =>
        {
            var item = await db.ServiceItems.Include(i => i.Versions).SingleAsync(i => i.Code == Food);
            var guide = JsonSerializer.Deserialize<ServiceGuide>(JsonSerializer.Serialize(item.Current!.Guide, CatalogJson.Options), CatalogJson.Options)!;
            guide.Name += "（2026年修订）";
            item.SaveDraft(guide, "scjg-admin", Yiwang.Tests.Infrastructure.YiwangFactory.FixedNow);
            var version = item.Publish("scjg-admin", Yiwang.Tests.Infrastructure.YiwangFactory.FixedNow);
            await db.SaveChangesAsync();
            return version.VersionNo;
        });

        var second = await (await enterprise.ApplyAsync(new { itemCode = Food })).ReadAsync<Yiwang.Web.Features.Cases.CaseSummary>();
        var after = await (await enterprise.GetAsync($"/api/v1/cases/{second.Number}")).ReadAsync<CaseView>();
        Assert.Equal(before.ItemVersionNo + 1, published);
        Assert.Equal(published, after.ItemVersionNo);
        Assert.EndsWith("（2026年修订）", after.ItemName);
    }
}
