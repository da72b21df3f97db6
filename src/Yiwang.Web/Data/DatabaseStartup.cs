using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data.Seed;
using Yiwang.Web.Features.Calendar;
using Yiwang.Web.Features.Catalog.Search;

namespace Yiwang.Web.Data;

/// <summary>
/// On start (single node): apply migrations, load the demo data into an empty database (in
/// Development, or when Database:SeedDemoData=true: never by default in Production), encrypt any
/// blob still stored in clear, build the search index. Several nodes run `Yiwang.Web migrate` once
/// instead and set Database:MigrateOnStart=false.
/// </summary>
internal sealed class DatabaseStartup(IServiceProvider services, IConfiguration config, IHostEnvironment env, ILogger<DatabaseStartup> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        if (config.GetValue("Database:MigrateOnStart", true))
            await MigrateAsync(services, SeedsDemoData(config, env), ct);
        if (await services.GetRequiredService<Common.Blobs.FolderBlobStore>().EncryptExistingAsync(ct) is > 0 and var encrypted)
            log.LogInformation("Encrypted {Count} materials stored before blobs were encrypted at rest", encrypted);
        await services.GetRequiredService<CatalogIndexSync>().SyncAsync(ct);
        await services.GetRequiredService<WorkingDayCalendar>().ReloadAsync(ct);
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>The demo city (its accounts, its API key, its cases) loads only where it is asked for.</summary>
    public static bool SeedsDemoData(IConfiguration config, IHostEnvironment env) => config.GetValue("Database:SeedDemoData", env.IsDevelopment());

    public static async Task MigrateAsync(IServiceProvider services, bool seed, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<YiwangDb>();
        await db.Database.MigrateAsync(ct);
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        await OfficialHolidays.SeedIfEmptyAsync(db, now, ct);
        await Features.Catalog.SearchPhrases.DefaultSearchPhrases.SeedIfEmptyAsync(db, now, ct);
        if (seed) await scope.ServiceProvider.GetRequiredService<DemoData>().SeedIfEmptyAsync(ct, scope.ServiceProvider.GetRequiredService<IConfiguration>().GetValue("Database:SeedDemoCases", true));
    }

    public static async Task<IResult> HealthAsync(YiwangDb db, CancellationToken ct) =>
        await db.Database.CanConnectAsync(ct)
            ? TypedResults.Ok(new { status = "healthy", database = db.Database.ProviderName })
            : TypedResults.Json(new { status = "unhealthy" }, statusCode: 503);
}
