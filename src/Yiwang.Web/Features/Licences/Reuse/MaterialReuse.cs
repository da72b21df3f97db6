using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Blobs;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Cases.Materials;

namespace Yiwang.Web.Features.Licences.Reuse;

/// <summary>
/// 免证办 and material reuse: a material the item asks for is filled, with the applicant's consent,
/// from what the platform already holds for them — a valid electronic licence (trust A, its own signed
/// document), a material a window verified against its original in another case (trust B), or the
/// result of another case of theirs that was granted (trust A, the decision document). Every use is audited.
/// </summary>
internal sealed class MaterialReuse(YiwangDb db, PersonalDataProtector protector, TimeProvider clock, AuditLog audit, IBlobStore blobs, IConfiguration config, Decisions.DecisionDocuments decisions, PublishedResultNames resultNames)
    : IMaterialReuse
{
    public const string Library = "电子证照库";
    /// <summary>How many of the applicant's latest granted cases are looked at for results.</summary>
    public const int PriorCases = 50;

    public async Task<List<MaterialOffer>> OffersAsync(Guid holder, IEnumerable<Material> materials, CancellationToken ct) =>
        (await OffersWithLicencesAsync(holder, materials, ct)).Select(o => o.Offer).ToList();

    /// <summary>The offers, each with the licence it offers (as read to make the offer).</summary>
    private async Task<List<(MaterialOffer Offer, Licence? Licence)>> OffersWithLicencesAsync(Guid holder, IEnumerable<Material> materials, CancellationToken ct)
    {
        // Only required materials: an optional one depends on a situation (an agent's authorization, say) the platform cannot know.
        var wanted = materials.Where(m => m.Required && !m.Name.EndsWith("申请表", StringComparison.Ordinal)).ToList();
        if (wanted.Count == 0) return [];
        var today = ChinaTime.Date(clock.GetUtcNow());
        var held = await (await LicenceHolding.HeldByAsync(db, protector, holder, ct)).ToListAsync(ct);
        var licences = held.Where(l => l.StatusOn(today) == LicenceStatus.Valid).OrderByDescending(l => l.IssuedOn).ToList();
        // A case whose result is a licence is reused only as that licence (a revoked or replaced one not at all).
        var licensed = held.Select(l => l.CaseNumber).OfType<string>().ToHashSet();
        var names = wanted.Select(m => m.Name).ToList();
        var verified = await db.CaseMaterials.AsNoTracking()
            .Where(m => m.Trust == MaterialTrust.B && names.Contains(m.MaterialName) && db.Cases.Any(c => c.Id == m.CaseId && c.ApplicantId == holder))
            .OrderByDescending(m => m.Id).Select(m => new { m.Id, m.MaterialName, m.FileName, Number = db.Cases.Where(c => c.Id == m.CaseId).Select(c => c.Number).First() }).ToListAsync(ct);
        var granted = await db.Cases.AsNoTracking()
            .Where(c => c.ApplicantId == holder && c.Decision == Decision.Grant && !db.CaseEvents.Any(e => e.CaseId == c.Id && e.Action == CaseAction.RevokeGrant))
            .OrderByDescending(c => c.DecidedAt).Take(PriorCases).Select(c => new { c.Number, c.ItemName, c.ServiceItemId, c.ItemVersionNo }).ToListAsync(ct);
        var results = await resultNames.OfAsync(db, granted.Select(c => (c.ServiceItemId, c.ItemVersionNo)).ToList(), ct);
        var offers = new List<(MaterialOffer, Licence?)>();
        foreach (var m in wanted)
        {
            if (licences.FirstOrDefault(l => m.Name.Contains(l.TypeName, StringComparison.Ordinal)) is { } l)
                offers.Add((new MaterialOffer(m.Name, ReuseSource.Licence, MaterialTrust.A, $"电子证照：{l.TypeName}（{l.Number}，{l.IssuerName}签发）", LicenceId: l.Id), l));
            else if (granted.FirstOrDefault(c => results[(c.ServiceItemId, c.ItemVersionNo)] is { Length: > 0 } r && !licensed.Contains(c.Number) && m.Name.Contains(r, StringComparison.Ordinal)) is { } prior)
                offers.Add((new MaterialOffer(m.Name, ReuseSource.PriorResult, MaterialTrust.A,
                    $"已办结办件的办理结果：{results[(prior.ServiceItemId, prior.ItemVersionNo)]}（{prior.ItemName}，{prior.Number}）", CaseNumber: prior.Number), null));
            else if (verified.FirstOrDefault(v => v.MaterialName == m.Name) is { } v)
                offers.Add((new MaterialOffer(m.Name, ReuseSource.VerifiedMaterial, MaterialTrust.B, $"窗口已核验的材料：{v.FileName}（办件 {v.Number}）", CaseMaterialId: v.Id, CaseNumber: v.Number), null));
        }
        return offers;
    }

    /// <summary>
    /// Draws the offers for an application about to be submitted: what it draws (by material name) and
    /// the entities (each material and the audit entry of its use) that go in with the case, in the
    /// case's own transaction, once its id and number are known. A result document is rendered and
    /// stored now; an unused one is an orphan file, never a case without its material.
    /// </summary>
    public async Task<DrawnMaterials> DrawAsync(Guid holder, IEnumerable<Material> materials, ClaimsPrincipal user, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var (used, reused) = (audit.Prepare(user, "licence.use"), audit.Prepare(user, "material.reuse"));
        var drawn = new List<(string Name, Func<long, CaseMaterial> Material, Func<string, string?, AuditEntry> Audit, string Subject)>();
        foreach (var (o, licence) in await OffersWithLicencesAsync(holder, materials, ct))
        {
            switch (o.Source)
            {
                case ReuseSource.Licence when licence is { } l:
                    drawn.Add((o.MaterialName, id => new CaseMaterial
                    {
                        CaseId = id, MaterialName = o.MaterialName, FileName = $"{l.TypeName}-{l.Number}.pdf", Kind = FileKind.Pdf, BlobKey = "licence:" + l.Id,
                        Sha256 = "", UploadedAt = now, UploadedBy = Library, Trust = MaterialTrust.A, LicenceId = l.Id,
                    }, used, $"licence:{l.Number}"));
                    break;
                case ReuseSource.VerifiedMaterial when await db.CaseMaterials.AsNoTracking().SingleOrDefaultAsync(m => m.Id == o.CaseMaterialId, ct) is { } m:
                    drawn.Add((o.MaterialName, id => new CaseMaterial
                    {
                        CaseId = id, MaterialName = o.MaterialName, FileName = m.FileName, Kind = m.Kind, Size = m.Size, BlobKey = m.BlobKey, Sha256 = m.Sha256,
                        UploadedAt = now, UploadedBy = $"复用已核验材料（办件 {o.CaseNumber}）", Trust = MaterialTrust.B,
                    }, reused, $"case:{o.CaseNumber}"));
                    break;
                case ReuseSource.PriorResult when await PriorResultAsync(o, now, ct) is { } result:
                    drawn.Add((o.MaterialName, result, reused, $"case:{o.CaseNumber}"));
                    break;
            }
        }
        return new DrawnMaterials(drawn.Select(d => d.Name).ToList(), c => drawn.SelectMany(d => new object[]
        {
            d.Material(c.Id), d.Audit(d.Subject, $"办件 {c.Number}：{d.Name}"),
        }));
    }

    /// <summary>The earlier case's signed decision document as a PDF material, stored now (null without a Chinese font).</summary>
    private async Task<Func<long, CaseMaterial>?> PriorResultAsync(MaterialOffer o, DateTimeOffset now, CancellationToken ct)
    {
        var prior = await db.Cases.AsNoTracking().SingleAsync(c => c.Number == o.CaseNumber, ct);
        if (await decisions.ResultDocumentAsync(prior, config["Portal:BaseUrl"] ?? "http://127.0.0.1:5080", ct) is not { } pdf) return null;
        var key = Guid.NewGuid().ToString("N") + FileKind.Pdf.Extension();
        await blobs.PutAsync(key, new MemoryStream(pdf.Pdf), ct);
        var sha = Convert.ToHexStringLower(SHA256.HashData(pdf.Pdf));
        return id => new CaseMaterial
        {
            CaseId = id, MaterialName = o.MaterialName, FileName = $"{pdf.Result}-{prior.Number}.pdf", Kind = FileKind.Pdf, Size = pdf.Pdf.Length, BlobKey = key,
            Sha256 = sha, UploadedAt = now, UploadedBy = $"办理结果复用（办件 {prior.Number}）", Trust = MaterialTrust.A,
        };
    }
}

