using System.Security.Claims;
using Yiwang.Web.Features.Catalog;

namespace Yiwang.Web.Features.Cases.Materials;

/// <summary>Where a reused material comes from.</summary>
internal enum ReuseSource { Licence, VerifiedMaterial, PriorResult }

/// <summary>A material of a guide that something the applicant already has stands for.</summary>
internal sealed record MaterialOffer(string MaterialName, ReuseSource Source, MaterialTrust Trust, string Label, Guid? LicenceId = null, long? CaseMaterialId = null, string? CaseNumber = null);

/// <summary>The materials drawn for an application: their names, and what goes in with its case (materials and audit entries).</summary>
internal sealed record DrawnMaterials(IReadOnlyList<string> Names, Func<Case, IEnumerable<object>> Attach)
{
    public static readonly DrawnMaterials None = new([], _ => []);
}

/// <summary>
/// 免证办: a material an item asks for is filled, with the applicant's consent, from what the platform
/// already holds for them — chiefly the electronic licence library, which Licences keeps, so it
/// provides this (Cases names the need and stays below Licences).
/// </summary>
internal interface IMaterialReuse
{
    /// <summary>What the applicant's holdings could stand for among these materials.</summary>
    Task<List<MaterialOffer>> OffersAsync(Guid holder, IEnumerable<Material> materials, CancellationToken ct);

    /// <summary>Draws the offers for an application about to be submitted (the rows go in with its case, in its transaction).</summary>
    Task<DrawnMaterials> DrawAsync(Guid holder, IEnumerable<Material> materials, ClaimsPrincipal user, CancellationToken ct);
}
