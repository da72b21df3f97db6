namespace Yiwang.Web.Features.Cases.Materials;

/// <summary>
/// A case material whose file another feature renders from its own signed record instead of the
/// blob store: a licence drawn from the licence library (Licences), a signed 告知承诺书 (Commitments).
/// </summary>
internal interface IMaterialDocuments
{
    /// <summary>This provider renders the material's file.</summary>
    bool Renders(CaseMaterial material);

    /// <summary>The material's document (null when its record or a Chinese font is missing).</summary>
    Task<byte[]?> RenderAsync(Case c, CaseMaterial material, string baseUrl, CancellationToken ct);
}
