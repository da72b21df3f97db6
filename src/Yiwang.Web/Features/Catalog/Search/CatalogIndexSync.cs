using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Organization;

namespace Yiwang.Web.Features.Catalog.Search;

/// <summary>Keeps the search index equal to the published catalog, also when another process published.</summary>
internal sealed class CatalogIndexSync(IServiceScopeFactory scopes, CatalogSearchIndex index, CurrentVersionCache versions, ILogger<CatalogIndexSync> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    public async Task SyncAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<YiwangDb>();
        var others = scope.ServiceProvider.GetServices<ISearchableServices>().ToList();
        var stamp = await StampAsync(db, ct) + "|" + await SearchPhrases.SearchPhrasesHandler.StampAsync(db, ct);
        foreach (var o in others) stamp += "|" + await o.StampAsync(db, ct);
        if (stamp == index.Stamp) return;
        var docs = await LoadAsync(db, null, ct);
        var items = docs.Count;
        foreach (var o in others) docs.AddRange(await o.DocumentsAsync(db, ct));
        index.UsePhrases(await SearchPhrases.SearchPhrasesHandler.LoadAsync(db, ct));
        index.Rebuild(docs, stamp);
        versions.Clear();
        log.LogInformation("Catalog search index rebuilt: {Count} items, {Others} other services", items, docs.Count - items);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try { await SyncAsync(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException) { log.LogWarning(e, "Catalog index sync failed"); }
        }
    }

    private static async Task<string> StampAsync(YiwangDb db, CancellationToken ct)
    {
        var published = db.ServiceItemVersions.Where(v => v.State == VersionState.Published);
        var count = await published.CountAsync(ct);
        var last = count == 0 ? null : await published.MaxAsync(v => v.PublishedAt, ct);
        return $"{count}:{last?.UtcTicks}";
    }

    /// <summary>The index documents of all current items, or of one item's code.</summary>
    public static async Task<List<CatalogDocument>> LoadAsync(YiwangDb db, string? code, CancellationToken ct)
    {
        var rows = await CurrentVersions.Of(db)
            .Where(c => code == null || c.Item.Code == code)
            .Select(c => new { c.Item.Code, c.Item.DepartmentId, DepartmentName = c.Department.Name, c.Department.DivisionCode, c.Version.VersionNo, c.Version.Guide })
            .AsNoTracking().ToListAsync(ct);
        return rows.Select(r => new CatalogDocument(
            r.Code, r.Guide.Name, r.DepartmentId, r.DepartmentName, DivisionCodes.SelfAndAncestors(r.DivisionCode),
            r.Guide.Type, r.Guide.Audiences, r.Guide.Themes, r.Guide.CaseKind, r.Guide.PromisedLimitDays,
            r.Guide.LegalLimitDays, r.Guide.OnlineDepthLevel, r.Guide.OnsiteVisits, r.Guide.ResultName,
            r.Guide.Keywords, r.VersionNo)).ToList();
    }
}
