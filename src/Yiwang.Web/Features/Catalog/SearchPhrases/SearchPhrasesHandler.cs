using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Catalog.Search;

namespace Yiwang.Web.Features.Catalog.SearchPhrases;

internal sealed record AddSearchPhraseRequest(string? Phrase, string? Means);

internal sealed record SearchPhraseView(int Id, string Phrase, string Means, string AddedBy, DateTimeOffset AddedAt);

/// <summary>The centre's 群众常用语 list: read by anyone (it explains the search), changed by the platform admin; the search uses a change at once.</summary>
internal sealed class SearchPhrasesHandler(YiwangDb db, CatalogSearchIndex index, TimeProvider clock, AuditLog audit)
{
    public async Task<List<SearchPhraseView>> ListAsync(CancellationToken ct) =>
        await db.SearchPhrases.AsNoTracking().OrderBy(p => p.Means).ThenBy(p => p.Phrase)
            .Select(p => new SearchPhraseView(p.Id, p.Phrase, p.Means, p.AddedBy, p.AddedAt)).ToListAsync(ct);

    public async Task<Outcome<SearchPhraseView>> AddAsync(AddSearchPhraseRequest r, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.Meets(Policy.PlatformAdmin)) return Outcome<SearchPhraseView>.Forbidden("只有系统管理员可以维护群众常用语");
        var (phrase, means) = (r.Phrase?.Trim() ?? "", r.Means?.Trim() ?? "");
        var errors = new Dictionary<string, string[]>();
        if (phrase.Length == 0) errors["phrase"] = ["请填写群众常用说法"];
        else if (phrase.Length > SearchPhrase.MaxPhraseLength) errors["phrase"] = [$"群众常用说法不超过{SearchPhrase.MaxPhraseLength}个字"];
        if (means.Length == 0) errors["means"] = ["请填写对应的规范说法（事项、一件事或证照名称）"];
        else if (means.Length > SearchPhrase.MaxMeansLength) errors["means"] = [$"规范说法不超过{SearchPhrase.MaxMeansLength}个字"];
        else if (phrase == means) errors["means"] = ["规范说法与群众说法相同，无需添加"];
        if (errors.Count > 0) return Outcome<SearchPhraseView>.Invalid(errors, "群众常用语填写有误");
        if (await db.SearchPhrases.AnyAsync(p => p.Phrase == phrase && p.Means == means, ct))
            return Outcome<SearchPhraseView>.Conflict($"“{phrase} → {means}”已在列表中");
        var added = new SearchPhrase { Phrase = phrase, Means = means, AddedBy = user.Identity!.Name!, AddedAt = clock.GetUtcNow() };
        db.SearchPhrases.Add(added);
        audit.Record(user, "search.phrase.add", $"search-phrase:{phrase}", means);
        await db.SaveChangesAsync(ct);
        await RefreshAsync(ct);
        return Outcome<SearchPhraseView>.Ok(new SearchPhraseView(added.Id, added.Phrase, added.Means, added.AddedBy, added.AddedAt));
    }

    public async Task<Outcome<bool>> RemoveAsync(int id, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.Meets(Policy.PlatformAdmin)) return Outcome<bool>.Forbidden("只有系统管理员可以维护群众常用语");
        var p = await db.SearchPhrases.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (p is null) return Outcome<bool>.NotFound($"常用语 {id} 不存在");
        db.SearchPhrases.Remove(p);
        audit.Record(user, "search.phrase.remove", $"search-phrase:{p.Phrase}", p.Means);
        await db.SaveChangesAsync(ct);
        await RefreshAsync(ct);
        return Outcome<bool>.Ok(true);
    }

    private async Task RefreshAsync(CancellationToken ct) => index.UsePhrases(await LoadAsync(db, ct));

    /// <summary>The list as the search uses it.</summary>
    public static async Task<List<(string Phrase, string Means)>> LoadAsync(YiwangDb db, CancellationToken ct) =>
        (await db.SearchPhrases.AsNoTracking().Select(p => new { p.Phrase, p.Means }).ToListAsync(ct)).Select(p => (p.Phrase, p.Means)).ToList();

    /// <summary>Changes other processes made show in the stamp (count and newest id).</summary>
    public static async Task<string> StampAsync(YiwangDb db, CancellationToken ct) =>
        $"{await db.SearchPhrases.CountAsync(ct)}:{await db.SearchPhrases.MaxAsync(p => (int?)p.Id, ct)}";
}
