using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Yiwang.Web.Data;
using Yiwang.Web.Data.Seed;

namespace Yiwang.Tests.Infrastructure;

/// <summary>
/// The whole app over HTTP against its own fresh database: a SQLite file by default, or a new
/// PostgreSQL database when YIWANG_TEST_POSTGRES holds an admin connection string.
/// </summary>
public class YiwangFactory : WebApplicationFactory<Program>
{
    public static readonly string? PostgresAdmin = Environment.GetEnvironmentVariable("YIWANG_TEST_POSTGRES");
    public const string PersonalDataKey = "00112233445566778899AABBCCDDEEFF";
    public const string BlindIndexKey = "000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F";

    private readonly string _dataDir = Directory.CreateTempSubdirectory("yiwang-test-").FullName;
    private readonly string? _pgDatabase = PostgresAdmin is null ? null : "t_" + Guid.NewGuid().ToString("N");

    public bool IsPostgres => _pgDatabase is not null;

    protected virtual bool SeedDemoCases => false;

    /// <summary>Set when the app runs on a real Kestrel port (browser tests): API clients talk to it there.</summary>
    public Uri? ServerAddress { get; set; }

    public string ConnectionString => _pgDatabase is null
        ? $"Data Source={Path.Combine(_dataDir, "yiwang.db")}"
        : new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = _pgDatabase }.ConnectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (_pgDatabase is not null)
        {
            using var admin = new NpgsqlConnection(PostgresAdmin);
            admin.Open();
            using var cmd = new NpgsqlCommand($"CREATE DATABASE {_pgDatabase}", admin);
            cmd.ExecuteNonQuery();
        }
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", _pgDatabase is null ? "Sqlite" : "Postgres");
        builder.UseSetting("ConnectionStrings:Yiwang", ConnectionString);
        builder.UseSetting("Database:DataDirectory", _dataDir);
        builder.UseSetting("Crypto:PersonalDataKey", PersonalDataKey);
        builder.UseSetting("Crypto:BlindIndexKey", BlindIndexKey);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("RateLimits:LoginPerMinute", "10000");
        // Tests count what they create; the demo history has its own test (DemoHistoryTests).
        builder.UseSetting("Database:SeedDemoCases", SeedDemoCases ? "true" : "false");
        // Figures are counted live unless a test rolls days up itself (DailyRollupTests).
        builder.UseSetting("Indicators:RollupMinutes", "0");
        ConfigureMore(builder);
    }

    protected virtual void ConfigureMore(IWebHostBuilder builder) { }

    /// <summary>A client signed in as one of the demo accounts (or anonymous when user is null).</summary>
    public async Task<HttpClient> ClientAsync(string? user = null)
    {
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true };
        if (ServerAddress is { } address) options.BaseAddress = address;
        var client = CreateClient(options);
        if (user is null) return client;
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = user, password = DemoData.Password });
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"login {user}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    public async Task<T> WithDbAsync<T>(Func<YiwangDb, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<YiwangDb>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_pgDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(PostgresAdmin);
            await admin.OpenAsync();
            await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_pgDatabase} WITH (FORCE)", admin);
            await cmd.ExecuteNonQueryAsync();
        }
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
        GC.SuppressFinalize(this);
    }
}
