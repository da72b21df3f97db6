using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Catalog.SearchPhrases;

/// <summary>
/// The platform's starting 群众常用语 (search-phrases.tsv, shipped inside the assembly: everyday
/// words from the portal, 12345 and the windows, mapped to the catalog's words), loaded into an
/// empty list on start; the centre keeps it from there.
/// </summary>
internal static class DefaultSearchPhrases
{
    public const string Author = "平台预置";

    public static IReadOnlyList<(string Phrase, string Means)> All()
    {
        using var stream = typeof(DefaultSearchPhrases).Assembly.GetManifestResourceStream("reference.search-phrases.tsv")!;
        using var reader = new StreamReader(stream);
        var list = new List<(string, string)>();
        while (reader.ReadLine() is { } line)
            if (line.Length > 0 && !line.StartsWith('#') && line.Split('\t') is [var phrase, var means]) list.Add((phrase.Trim(), means.Trim()));
        return list;
    }

    public static async Task SeedIfEmptyAsync(YiwangDb db, DateTimeOffset now, CancellationToken ct)
    {
        if (await db.SearchPhrases.AnyAsync(ct)) return;
        db.SearchPhrases.AddRange(All().Distinct().Select(p => new SearchPhrase { Phrase = p.Phrase, Means = p.Means, AddedBy = Author, AddedAt = now }));
        await db.SaveChangesAsync(ct);
    }
}
