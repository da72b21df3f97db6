using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;

namespace Yiwang.Tests.Data;

/// <summary>Each provider's migration set covers the whole model.</summary>
public class MigrationTests
{
    [Fact]
    public void Sqlite_migrations_cover_the_model()
    {
        using var db = new SqliteDesignFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "run: dotnet ef migrations add <Name> --context SqliteYiwangDb");
    }

    [Fact]
    public void Postgres_migrations_cover_the_model()
    {
        using var db = new PostgresDesignFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "run: dotnet ef migrations add <Name> --context PostgresYiwangDb");
    }
}
