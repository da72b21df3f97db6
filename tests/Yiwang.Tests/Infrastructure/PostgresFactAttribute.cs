namespace Yiwang.Tests.Infrastructure;

/// <summary>A test of PostgreSQL alone (COPY, sequences): reported as skipped, not passed, when the suite runs on SQLite.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (YiwangFactory.PostgresAdmin is null) Skip = "PostgreSQL only: runs when YIWANG_TEST_POSTGRES is set";
    }
}
