using Microsoft.EntityFrameworkCore;

namespace Yiwang.Web.Data;

/// <summary>Which failed saves mean "someone else got there first", on either provider.</summary>
internal static class DbErrors
{
    /// <summary>A changed row (concurrency token) or a unique key a concurrent request took first; any other database error is not.</summary>
    public static bool IsConflict(DbUpdateException e) => e is DbUpdateConcurrencyException || e.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException s => s.SqliteExtendedErrorCode is 2067 or 1555, // SQLITE_CONSTRAINT_UNIQUE, _PRIMARYKEY
        Npgsql.PostgresException p => p.SqlState == "23505", // unique_violation
        _ => false,
    };
}
