using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Yiwang.Web.Data;

/// <summary>
/// A text the model cannot hold, found before the save (the same answer on SQLite, which would store
/// it, and PostgreSQL, which would fail): longer than its column, a NUL, or in a name a control
/// character or a bidirectional override (which makes a name read differently on screen).
/// </summary>
internal sealed class TextLimitException(string field, string message) : Exception(message)
{
    /// <summary>The property, camel-cased as the API names it.</summary>
    public string Field { get; } = field;
}

/// <summary>Checks every added or changed text against its column before any save (see <see cref="TextLimitException"/>).</summary>
internal sealed class TextLimits : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken ct = default)
    {
        if (eventData.Context is { } db) Check(db);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db) Check(db);
        return result;
    }

    internal static void Check(DbContext db)
    {
        foreach (var entry in db.ChangeTracker.Entries()) Check(entry);
    }

    /// <summary>
    /// Whether one added entity and the entities in its collections (a case and its events) fit their
    /// columns, for a batch that saves many requests at once (or bypasses SaveChanges with binary COPY):
    /// an entity that does not fit is taken out of the context again, so it fails its own request alone.
    /// </summary>
    internal static bool Fits(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry root, out TextLimitException? refused)
    {
        var graph = new List<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry> { root };
        foreach (var collection in root.Collections)
            if (collection.CurrentValue is { } items)
                foreach (var item in items) graph.Add(root.Context.Entry(item));
        try
        {
            foreach (var entry in graph) Check(entry);
            refused = null;
            return true;
        }
        catch (TextLimitException e)
        {
            foreach (var entry in graph) entry.State = EntityState.Detached;
            refused = e;
            return false;
        }
    }

    private static void Check(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry)
    {
        if (entry.State is not (EntityState.Added or EntityState.Modified)) return;
        foreach (var p in entry.Properties)
        {
            if (p.CurrentValue is not string text || (entry.State == EntityState.Modified && !p.IsModified)) continue;
            var name = p.Metadata.Name;
            var field = char.ToLowerInvariant(name[0]) + name[1..];
            if (text.Contains('\0')) throw new TextLimitException(field, "内容含有不可见的空字符（NUL），请删除后重新提交");
            // An encrypted column holds ciphertext: its plain text is bounded by its own validation, not the column.
            if (p.Metadata.GetValueConverter() is null && p.Metadata.GetMaxLength() is { } max && text.Length > max)
                throw new TextLimitException(field, $"内容过长：最多{max}个字符，当前{text.Length}个");
            if (name.EndsWith("Name", StringComparison.Ordinal) && Common.Identity.NameText.HasUnreadable(text))
                throw new TextLimitException(field, "名称中不能含有控制字符或文字方向控制符");
        }
    }
}
