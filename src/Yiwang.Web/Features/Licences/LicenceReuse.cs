using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Blobs;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Catalog;

namespace Yiwang.Web.Features.Licences;

/// <summary>A material of a guide that one of the holder's valid licences stands for.</summary>
public sealed record LicenceOffer(string MaterialName, Guid LicenceId, string LicenceName, string Number, string IssuerName);

/// <summary>
/// 免证办: a material the item asks for that is a licence the applicant holds (a valid one) is drawn
/// from the licence library instead of uploaded: trust level A, the licence's own signed document,
/// every use audited.
/// </summary>
public sealed class LicenceReuse(YiwangDb db, TimeProvider clock, AuditLog audit)
{
    public const string Library = "电子证照库";

    public async Task<List<LicenceOffer>> OffersAsync(Guid holder, IEnumerable<Material> materials, CancellationToken ct)
    {
        var today = ChinaTime.Date(clock.GetUtcNow());
        var mine = (await db.Licences.AsNoTracking().Where(l => l.HolderAccountId == holder && l.Status == LicenceStatus.Valid).ToListAsync(ct))
            .Where(l => l.StatusOn(today) == LicenceStatus.Valid).OrderByDescending(l => l.IssuedOn).ToList();
        return materials.Select(m => (m, l: mine.FirstOrDefault(l => m.Name.Contains(l.TypeName, StringComparison.Ordinal))))
            .Where(x => x.l is not null).Select(x => new LicenceOffer(x.m.Name, x.l!.Id, x.l.TypeName, x.l.Number, x.l.IssuerName)).ToList();
    }

    /// <summary>Attaches the offered licences to a committed case (and records each use); the caller saves.</summary>
    public async Task<int> AttachAsync(Case c, IEnumerable<Material> materials, ClaimsPrincipal user, CancellationToken ct)
    {
        if (c.ApplicantId is not { } holder) return 0;
        var offers = await OffersAsync(holder, materials, ct);
        foreach (var o in offers)
        {
            db.CaseMaterials.Add(new CaseMaterial
            {
                CaseId = c.Id, MaterialName = o.MaterialName, FileName = $"{o.LicenceName}-{o.Number}.pdf", Kind = FileKind.Pdf, BlobKey = LicenceKey(o.LicenceId),
                Sha256 = "", UploadedAt = clock.GetUtcNow(), UploadedBy = Library, Trust = MaterialTrust.A, LicenceId = o.LicenceId,
            });
            audit.Record(user, "licence.use", $"licence:{o.Number}", $"办件 {c.Number}：{o.MaterialName}");
        }
        return offers.Count;
    }

    /// <summary>The blob key of a material that is a licence: its file is rendered from the licence itself.</summary>
    public static string LicenceKey(Guid id) => "licence:" + id;
}
