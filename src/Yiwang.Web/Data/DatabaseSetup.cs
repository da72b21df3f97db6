using System.Data.Common;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Yiwang.Web.Common.Crypto;

namespace Yiwang.Web.Data;

/// <summary>Chooses the provider: SQLite (default, file under data/) or PostgreSQL (Database:Provider=Postgres).</summary>
internal static class DatabaseSetup
{
    public static bool IsPostgres(IConfiguration config) =>
        string.Equals(config["Database:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase);

    public static string DataDirectory(IConfiguration config, IHostEnvironment env) =>
        config["Database:DataDirectory"] is { Length: > 0 } d ? d : Path.Combine(env.ContentRootPath, "data");

    public static IServiceCollection AddYiwangDb(this IServiceCollection services, IConfiguration config, IHostEnvironment env)
    {
        var dataDir = DataDirectory(config, env);
        services.AddSingleton(new SqliteWriteGate(enabled: !IsPostgres(config)));
        var keys = CryptoKeys.Load(config, dataDir, env);
        services.AddSingleton(keys);
        var blobStore = new Common.Blobs.FolderBlobStore(config["Blobs:Directory"] is { Length: > 0 } blobs ? blobs : Path.Combine(dataDir, "blobs"), keys);
        services.AddSingleton(blobStore).AddSingleton<Common.Blobs.IBlobStore>(blobStore).AddSingleton<Common.Blobs.CheckedFiles>();
        services.AddScoped<Seed.DemoData>();
        services.AddScoped<Common.Events.EventDispatcher>().AddScoped<Common.Events.AfterCommit>().AddScoped<UnitOfWork>();
        // Sign-in cookies must survive a restart; several nodes share the folder (or set a shared path).
        // Their key ring is encrypted at rest with SM4 (Sm4XmlEncryptor).
        services.AddDataProtection().SetApplicationName("Yiwang")
            .PersistKeysToFileSystem(new DirectoryInfo(config["DataProtection:KeysDirectory"] is { Length: > 0 } k ? k : Path.Combine(dataDir, "dp-keys")));
        services.Configure<Microsoft.AspNetCore.DataProtection.KeyManagement.KeyManagementOptions>(o => o.XmlEncryptor = new Sm4XmlEncryptor(keys));
        if (IsPostgres(config))
        {
            var cs = config.GetConnectionString("Yiwang")
                     ?? throw new InvalidOperationException("ConnectionStrings:Yiwang is required when Database:Provider is Postgres");
            services.AddDbContextPool<YiwangDb, PostgresYiwangDb>(o => o.UseNpgsql(cs).AddInterceptors(new TextLimits()));
        }
        else
        {
            Directory.CreateDirectory(dataDir);
            var cs = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(config.GetConnectionString("Yiwang") ?? $"Data Source={Path.Combine(dataDir, "yiwang.db")}")
            {
                ForeignKeys = true,
                DefaultTimeout = 30,
            }.ToString();
            services.AddDbContextPool<YiwangDb, SqliteYiwangDb>(o => o.UseSqlite(cs).AddInterceptors(new SqliteDurability(), new TextLimits()));
        }
        return services;
    }

    /// <summary>
    /// WAL with synchronous=FULL: an acknowledged write survives a crash (docs/decisions/0002).
    /// journal_mode=WAL is stored in the file (set once by the first connection); synchronous is per connection.
    /// </summary>
    private sealed class SqliteDurability : DbConnectionInterceptor
    {
        private static int _walSet;
        private const string Pragmas = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;";

        private static string Sql() => Interlocked.Exchange(ref _walSet, 1) == 0 ? "PRAGMA journal_mode=WAL; " + Pragmas : Pragmas;

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = Sql();
            cmd.ExecuteNonQuery();
        }

        public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = Sql();
            await cmd.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}

/// <summary>Design-time factories used by dotnet-ef to build each provider's migrations.</summary>
internal sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteYiwangDb>
{
    public SqliteYiwangDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteYiwangDb>().UseSqlite("Data Source=design.db").UseApplicationServiceProvider(DesignKeys.Services).Options);
}

internal sealed class PostgresDesignFactory : IDesignTimeDbContextFactory<PostgresYiwangDb>
{
    public PostgresYiwangDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresYiwangDb>().UseNpgsql("Host=localhost;Database=design").UseApplicationServiceProvider(DesignKeys.Services).Options);
}

internal static class DesignKeys
{
    public static readonly IServiceProvider Services = new ServiceCollection().AddSingleton(new PersonalDataProtector(new byte[16], new byte[32])).BuildServiceProvider();
}
