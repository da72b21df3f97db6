using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Cases.Materials;

/// <summary>What a case's item asks its applicant to give, and the files the case holds (name, when given).</summary>
/// <param name="RequiresRealPerson">The item demands 实人认证 (L3) to apply.</param>
internal sealed record GivenMaterials(IReadOnlyList<string> ToGive, IReadOnlyList<GivenFile> Files, IReadOnlyList<string> Checklist, bool RequiresRealPerson = false)
{
    public List<string> Missing => MaterialRequirements.Missing(ToGive, Files.Select(f => f.Name));

    /// <summary>The materials given for one 补正 notice (its round): only those fill its slots.</summary>
    public HashSet<string> GivenInRound(int round) => Files.Where(f => f.Round == round).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
}

internal sealed record GivenFile(string Name, DateTimeOffset At, string FileName, int Round);

/// <summary>Reads <see cref="GivenMaterials"/> for one case: its item version's checklist and its files.</summary>
internal sealed class GivenMaterialsReader(YiwangDb db)
{
    public async Task<GivenMaterials> ReadAsync(Case c, CancellationToken ct)
    {
        var guide = await GuideAsync(c, ct);
        var files = await db.CaseMaterials.AsNoTracking().Where(m => m.CaseId == c.Id).OrderBy(m => m.Id)
            .Select(m => new GivenFile(m.MaterialName, m.UploadedAt, m.FileName, m.SupplementRound)).ToListAsync(ct);
        return new GivenMaterials(guide is null ? [] : MaterialRequirements.ToGive(guide.Materials, guide.FormFields), files,
            guide?.Materials.Select(m => m.Name).Distinct().ToList() ?? [], guide?.RequiresRealPersonCheck == true);
    }

    /// <summary>The guide of the item version the case was applied under (not necessarily the current one).</summary>
    public Task<Catalog.ServiceGuide?> GuideAsync(Case c, CancellationToken ct) =>
        db.ServiceItemVersions.AsNoTracking().Where(v => v.ServiceItemId == c.ServiceItemId && v.VersionNo == c.ItemVersionNo)
            .Select(v => v.Guide).SingleOrDefaultAsync(ct);
}
