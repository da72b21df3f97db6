using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Cases.Materials;

namespace Yiwang.Web.Features.Licences.Reuse;

/// <summary>A material drawn from the licence library is the licence's own signed document, rendered when read.</summary>
internal sealed class LicenceMaterialDocuments(YiwangDb db, LicenceIssuer licences) : IMaterialDocuments
{
    public bool Renders(CaseMaterial material) => material.LicenceId is not null;

    public async Task<byte[]?> RenderAsync(Case c, CaseMaterial material, string baseUrl, CancellationToken ct)
    {
        var licence = await db.Licences.AsNoTracking().SingleOrDefaultAsync(l => l.Id == material.LicenceId, ct);
        return licence is not null && await licences.RenderAsync(licence, baseUrl, ct) is { } doc ? doc.Pdf : null;
    }
}
