using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Cases.Materials;

namespace Yiwang.Web.Features.Commitments.Sign;

/// <summary>A 告知承诺书 filed as a case material is rendered from the signed commitment, not stored as a file.</summary>
internal sealed class LetterDocuments(CommitmentSigning signing) : IMaterialDocuments
{
    public bool Renders(CaseMaterial material) => material.Trust == MaterialTrust.D && material.BlobKey.StartsWith("commitment:", StringComparison.Ordinal);

    public Task<byte[]?> RenderAsync(Case c, CaseMaterial material, string baseUrl, CancellationToken ct) => signing.LetterAsync(c.Id, material.MaterialName, null, ct);
}
