using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Yiwang.Web.Data;

/// <summary>
/// Writes the entities added to a context with PostgreSQL binary COPY instead of INSERT statements:
/// one stream per table, no SQL to build or parse per row. Columns, value conversions (enums, JSON,
/// encryption) and store types all come from the EF model, so the rows are exactly what SaveChanges
/// would write. Keys must be known before (HiLo); run it inside the caller's transaction.
/// </summary>
public static class PostgresCopy
{
    public static async Task WriteAddedAsync(DbContext db, CancellationToken ct)
    {
        db.ChangeTracker.DetectChanges();
        var groups = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).GroupBy(e => e.Metadata).ToList();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        foreach (var group in InDependencyOrder(groups))
        {
            var type = group.Key;
            var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
            var columns = type.GetProperties().Select(p => (Property: p, Column: p.GetColumnName(table))).Where(c => c.Column is not null).ToList();
            var sql = $"COPY {Quote(table.Name)} ({string.Join(", ", columns.Select(c => Quote(c.Column!)))}) FROM STDIN (FORMAT BINARY)";
            await using var writer = await connection.BeginBinaryImportAsync(sql, ct);
            foreach (var entry in group)
            {
                await writer.StartRowAsync(ct);
                foreach (var (property, _) in columns) await WriteAsync(writer, entry, property, ct);
            }
            await writer.CompleteAsync(ct);
        }
        db.ChangeTracker.AcceptAllChanges();
    }

    private static async Task WriteAsync(NpgsqlBinaryImporter writer, EntityEntry entry, IProperty property, CancellationToken ct)
    {
        var value = entry.Property(property.Name).CurrentValue;
        var mapping = property.GetRelationalTypeMapping();
        if (value is not null && mapping.Converter is { } converter) value = converter.ConvertToProvider(value);
        if (value is null) await writer.WriteNullAsync(ct);
        else await writer.WriteAsync(value, mapping.StoreTypeNameBase, ct);
    }

    /// <summary>Principals before dependents (cases before their events).</summary>
    private static IEnumerable<IGrouping<IEntityType, EntityEntry>> InDependencyOrder(List<IGrouping<IEntityType, EntityEntry>> groups)
    {
        var left = groups.ToList();
        while (left.Count > 0)
        {
            var next = left.First(g => !g.Key.GetForeignKeys().Any(fk => fk.PrincipalEntityType != g.Key && left.Any(o => o.Key == fk.PrincipalEntityType)));
            left.Remove(next);
            yield return next;
        }
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
