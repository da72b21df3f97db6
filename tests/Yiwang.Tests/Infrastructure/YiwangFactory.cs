using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Yiwang.Web.Data;
using Yiwang.Web.Data.Seed;

namespace Yiwang.Tests.Infrastructure;

/// <summary>
/// The whole app over HTTP against its own fresh database: a SQLite file by default, or a new
/// PostgreSQL database when YIWANG_TEST_POSTGRES holds an admin connection string. The app runs on
/// <see cref="Clock"/>, fixed at <see cref="FixedNow"/> until a test moves it (sign in again after a
/// long jump: cookies expire on this clock too).
/// </summary>
public class YiwangFactory : WebApplicationFactory<Program>
{
    /// <summary>A Beijing working morning: Wednesday 25 November 2026, 10:00 (02:00 UTC), in a loaded calendar year.</summary>
    public static readonly DateTimeOffset FixedNow = new(2026, 11, 25, 2, 0, 0, TimeSpan.Zero);

    /// <summary>Today in Beijing on the fixed clock.</summary>
    public static DateOnly FixedToday => Yiwang.Web.Common.Time.ChinaTime.Date(FixedNow);

    public FakeTimeProvider Clock { get; } = new(FixedNow);

    public static readonly string? PostgresAdmin = Environment.GetEnvironmentVariable("YIWANG_TEST_POSTGRES");
    public const string PersonalDataKey = "00112233445566778899AABBCCDDEEFF";
    public const string BlindIndexKey = "000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F";

    private readonly string _dataDir = Directory.CreateTempSubdirectory("yiwang-test-").FullName;
    private readonly string? _pgDatabase = PostgresAdmin is null ? null : "t_" + Guid.NewGuid().ToString("N");

    /// <summary>
    /// Plain factories start from a copy of one migrated, seeded database made once per test run (a
    /// SQLite folder copied; PostgreSQL's CREATE DATABASE … TEMPLATE) instead of migrating and seeding
    /// their own. A factory that seeds or configures differently builds its own.
    /// </summary>
    protected virtual bool StartsFromTemplate => GetType() == typeof(YiwangFactory);

    private static readonly Lazy<Template> SharedTemplate = new(Template.Make, LazyThreadSafetyMode.ExecutionAndPublication);

    public YiwangFactory()
    {
        // Made before this factory builds its host: never one host inside another's building.
        if (StartsFromTemplate) _ = SharedTemplate.Value;
    }

    public bool IsPostgres => _pgDatabase is not null;

    protected virtual bool SeedDemoCases => false;

    /// <summary>The demo city is asked for (the test environment is not Development, where it loads by default).</summary>
    protected virtual bool SeedDemoData => true;

    /// <summary>Every rate limit at 3 a minute (the tests of the limits); otherwise out of the way.</summary>
    protected virtual bool RateLimited => false;

    /// <summary>The newest verification code the simulated SMS gateway sent to <paramref name="phone"/>.</summary>
    public string SmsCode(string phone) =>
        Services.GetRequiredService<Yiwang.Web.Common.Notifications.SimulatedSmsGateway>().LastCode(phone) ?? throw new InvalidOperationException($"no SMS code sent to {phone}");

    /// <summary>
    /// Registers a natural person through the API, then has the window clerk check their ID card (L3),
    /// as a test of what an L3 person may do needs.
    /// </summary>
    public async Task RegisterProvenAsync(string userName, string name, string idNumber, string phone)
    {
        var created = await (await ClientAsync()).PostAsJsonAsync("/api/v1/accounts", new { userName, password = DemoData.Password, name, idNumber, phone, kind = "NaturalPerson" });
        if (!created.IsSuccessStatusCode) throw new InvalidOperationException($"register {userName}: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
        var checkedAtWindow = await (await ClientAsync("clerk")).PostAsJsonAsync("/api/v1/identity-checks", new { name, idNumber, cardSeen = true });
        if (!checkedAtWindow.IsSuccessStatusCode) throw new InvalidOperationException($"window check {userName}: {(int)checkedAtWindow.StatusCode} {await checkedAtWindow.Content.ReadAsStringAsync()}");
    }

    /// <summary>The app's data folder (SQLite file, blobs, key ring).</summary>
    internal string DataDir => _dataDir;

    /// <summary>Set when the app runs on a real Kestrel port (browser tests): API clients talk to it there.</summary>
    public Uri? ServerAddress { get; set; }

    public string ConnectionString => _pgDatabase is null
        ? $"Data Source={Path.Combine(_dataDir, "yiwang.db")}"
        : new NpgsqlConnectionStringBuilder(PostgresAdmin) { Database = _pgDatabase }.ConnectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var template = StartsFromTemplate ? SharedTemplate.Value : null;
        if (template is not null && _pgDatabase is null) Template.CopyFolder(template.DataDir, _dataDir);
        if (_pgDatabase is not null)
        {
            using var admin = new NpgsqlConnection(PostgresAdmin);
            admin.Open();
            using var cmd = new NpgsqlCommand($"CREATE DATABASE {_pgDatabase}" + (template is null ? "" : $" TEMPLATE {template.PgDatabase}"), admin);
            cmd.ExecuteNonQuery();
            if (template is not null) Template.CopyFolder(template.DataDir, _dataDir);
        }
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", _pgDatabase is null ? "Sqlite" : "Postgres");
        builder.UseSetting("ConnectionStrings:Yiwang", ConnectionString);
        builder.UseSetting("Database:DataDirectory", _dataDir);
        if (SeedDemoData) builder.UseSetting("Database:SeedDemoData", "true");
        builder.UseSetting("Crypto:PersonalDataKey", PersonalDataKey);
        builder.UseSetting("Crypto:BlindIndexKey", BlindIndexKey);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var limit in new[] { "Login", "Register", "Sms", "Progress", "Search", "Share" })
            builder.UseSetting($"RateLimits:{limit}PerMinute", RateLimited ? "3" : "100000");
        // Tests count what they create; the demo history has its own test (DemoHistoryTests).
        builder.UseSetting("Database:SeedDemoCases", SeedDemoCases ? "true" : "false");
        // Figures are counted live unless a test rolls days up itself (DailyRollupTests).
        builder.UseSetting("Indicators:RollupMinutes", "0");
        // 政策找人 runs when a test asks (publish, import), not on a timer racing the test.
        builder.UseSetting("Policies:MatchMinutes", "0");
        builder.ConfigureServices(s => s.AddSingleton<TimeProvider>(Clock));
        ConfigureMore(builder);
    }

    protected virtual void ConfigureMore(IWebHostBuilder builder) { }

    /// <summary>A client signed in as one of the demo accounts (or anonymous when user is null).</summary>
    public async Task<HttpClient> ClientAsync(string? user = null)
    {
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true };
        if (ServerAddress is { } address) options.BaseAddress = address;
        var client = CreateClient(options);
        // Like the platform's own scripts: a cookie-authenticated write says it comes from a script of this site.
        client.DefaultRequestHeaders.Add("X-Requested-With", "XMLHttpRequest");
        if (user is null) return client;
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = user, password = DemoData.Password });
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"login {user}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return client;
    }

    internal async Task<T> WithDbAsync<T>(Func<YiwangDb, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<YiwangDb>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (KeepsData)
        {
            GC.SuppressFinalize(this);
            return;
        }
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

    /// <summary>The migrated, seeded database (and its data folder: keys, blobs) the plain factories copy.</summary>
    private sealed record Template(string DataDir, string? PgDatabase)
    {
        public static Template Make()
        {
            var maker = new TemplateMaker();
            _ = maker.Services; // boots: migrates and seeds
            var template = new Template(maker.DataDir, maker.PgDatabase);
            maker.Dispose();
            // No connection may stay on the template (PostgreSQL refuses to copy it; SQLite's WAL is checkpointed on the last close).
            NpgsqlConnection.ClearAllPools();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            return template;
        }

        public static void CopyFolder(string from, string to)
        {
            foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
                Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
            foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
                File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)), overwrite: true);
        }
    }

    private sealed class TemplateMaker : YiwangFactory
    {
        protected override bool StartsFromTemplate => false;
        protected override bool KeepsData => true;
    }

    /// <summary>The template's database and folder outlive its factory.</summary>
    protected virtual bool KeepsData => false;

    private string? PgDatabase => _pgDatabase;
}
