using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Common.Events;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Web.Features.Licences;

/// <summary>The outcome of checking a licence: the signature against its seal, and its status today.</summary>
internal sealed record LicenceVerification(Guid Id, string Number, string TypeName, string HolderName, string IssuerName, DateOnly IssuedOn, DateOnly? ValidUntil,
    bool SignatureValid, LicenceStatus Status, string StatusName, string Verdict, string SealName, string Digest);

/// <summary>
/// Issues the licence a granted decision produces (the item's 办理结果 names a licence type), signed
/// by the deciding department's seal in the same unit of work as the decision; voids it when the
/// decision is recalled, revokes it when the grant is; checks licences.
/// </summary>
[EventOrder(EventOrder.Issue)]
internal sealed class LicenceIssuer(YiwangDb db, PersonalDataProtector protector, TimeProvider clock, IServiceScopeFactory scopes, IConfiguration config, AuditLog audit, ILogger<LicenceIssuer> log)
    : IHandles<CaseDecided>, IHandles<DecisionRecalled>, IHandles<GrantRevoked>
{
    public Task HandleAsync(DecisionRecalled e, CancellationToken ct) => VoidAsync(e.Case.Number, ct);

    /// <summary>A grant revoked for a false 告知承诺 revokes the licences it issued (each audited).</summary>
    public async Task HandleAsync(GrantRevoked e, CancellationToken ct)
    {
        foreach (var licence in await db.Licences.Where(l => l.CaseNumber == e.Case.Number && l.Status == LicenceStatus.Valid).ToListAsync(ct))
        {
            licence.Revoke("告知承诺不实，撤销审批决定");
            audit.Record(e.Entry.Actor, "licence.revoke", $"licence:{licence.Number}", "告知承诺不实，撤销审批决定");
        }
    }

    public async Task HandleAsync(CaseDecided e, CancellationToken ct)
    {
        var c = e.Case;
        if (c.Decision != Decision.Grant || c.ApplicantId is not { } applicant) return;
        var guide = await db.ServiceItemVersions.AsNoTracking().Where(v => v.ServiceItemId == c.ServiceItemId && v.VersionNo == c.ItemVersionNo).Select(v => v.Guide).SingleAsync(ct);
        if (guide.ResultName is not { } result || await db.LicenceTypes.AsNoTracking().SingleOrDefaultAsync(t => t.Name == result, ct) is not { } type) return;
        var holder = await db.Users.AsNoTracking().Where(u => u.Id == applicant).Select(u => new { u.DisplayName, u.IdNumber, u.CreditCode }).SingleAsync(ct);
        var holderId = (type.HolderKind == HolderKind.Organisation ? holder.CreditCode ?? holder.IdNumber : holder.IdNumber ?? holder.CreditCode)?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(holderId))
        {
            log.LogWarning("Case {Case}: no identity number on the applicant's account, {Type} not issued", c.Number, type.Name);
            return;
        }
        var seal = await SealForAsync(c.DepartmentId, ct);
        var issuedOn = ChinaTime.Date(c.DecidedAt ?? clock.GetUtcNow());
        var licence = new Licence
        {
            Id = Guid.NewGuid(), Number = "DZ" + c.Number.Replace("-", "")[2..], TypeCode = type.Code, TypeName = type.Name,
            HolderName = c.FormData.GetValueOrDefault("name") is { Length: > 0 } name && type.HolderKind == HolderKind.Organisation ? name : holder.DisplayName,
            HolderKind = type.HolderKind, HolderId = holderId, HolderIndex = protector.BlindIndex(holderId), HolderAccountId = applicant,
            IssuerDepartmentId = c.DepartmentId, IssuerName = await db.Departments.Where(d => d.Id == c.DepartmentId).Select(d => d.Name).SingleAsync(ct),
            IssuedOn = issuedOn, ValidUntil = type.ValidityYears is { } years ? issuedOn.AddYears(years).AddDays(-1) : null,
            Fields = type.Fields.Where(f => c.FormData.ContainsKey(f.Key)).ToDictionary(f => f.Value, f => c.FormData[f.Key]),
            CaseNumber = c.Number, SealId = seal.Id, IssuedAt = clock.GetUtcNow(),
        };
        licence.Sign(Convert.FromBase64String(protector.Decrypt(seal.EncryptedPrivateKey)));
        // A new licence of the same type for the same holder (a change, a renewal) replaces the one in force.
        foreach (var old in await db.Licences.Where(l => l.HolderIndex == licence.HolderIndex && l.TypeCode == type.Code && l.Status == LicenceStatus.Valid).ToListAsync(ct))
            old.ReplaceWith(licence.Number);
        db.Licences.Add(licence);
    }

    /// <summary>A recalled grant voids the licence it issued, and the licence that one replaced is in force again.</summary>
    private async Task VoidAsync(string caseNumber, CancellationToken ct)
    {
        foreach (var issued in await db.Licences.Where(l => l.CaseNumber == caseNumber && l.Status == LicenceStatus.Valid).ToListAsync(ct))
        {
            issued.Revoke("审批决定已撤回，证照作废");
            var replaced = $"已换发为 {issued.Number}";
            foreach (var old in await db.Licences.Where(l => l.Status == LicenceStatus.Replaced && l.StatusReason == replaced).ToListAsync(ct)) old.Reinstate();
        }
    }

    /// <summary>
    /// The department's seal, made the first time it is needed, in a unit of work of its own (the
    /// caller's, holding the decision, is saved by the caller); two makers at once: one wins, both use it.
    /// </summary>
    public async Task<Seal> SealForAsync(int departmentId, CancellationToken ct)
    {
        if (await db.Seals.AsNoTracking().SingleOrDefaultAsync(s => s.DepartmentId == departmentId, ct) is { } existing) return existing;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var own = scope.ServiceProvider.GetRequiredService<YiwangDb>();
            var keys = Sm2.Generate();
            own.Seals.Add(new Seal
            {
                DepartmentId = departmentId, Name = await own.Departments.Where(d => d.Id == departmentId).Select(d => d.Name).SingleAsync(ct) + "行政审批专用章",
                PublicKey = keys.PublicKey, EncryptedPrivateKey = protector.Encrypt(Convert.ToBase64String(keys.PrivateKey)), CreatedAt = clock.GetUtcNow(),
            });
            try { await own.SaveChangesAsync(ct); }
            catch (DbUpdateException) { /* another request made it first */ }
        }
        return await db.Seals.AsNoTracking().SingleAsync(s => s.DepartmentId == departmentId, ct);
    }

    /// <summary>Recomputes the digest of the stored data and checks the seal's signature over it.</summary>
    public async Task<LicenceVerification?> VerifyAsync(Guid id, CancellationToken ct)
    {
        var l = await db.Licences.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (l is null) return null;
        var check = SealedDocuments.Check(l, await db.Seals.AsNoTracking().SingleAsync(s => s.Id == l.SealId, ct));
        var status = l.StatusOn(ChinaTime.Date(clock.GetUtcNow()));
        var verdict = !check.SignatureValid ? "无效：证照数据与电子印章签名不符，可能已被篡改" : status == LicenceStatus.Valid ? "有效：签名验证通过" : $"签名验证通过，但证照{status.Label()}";
        return new LicenceVerification(l.Id, l.Number, l.TypeName, l.HolderKind == HolderKind.Person ? Common.Identity.Mask.PersonName(l.HolderName) : l.HolderName, l.IssuerName, l.IssuedOn, l.ValidUntil,
            check.SignatureValid, status, status.Label(), verdict, check.SealName, check.Digest);
    }

    /// <summary>The licence as PDF (fields, validity, the seal, a QR code to its public verification page), or null without a Chinese font.</summary>
    public async Task<(string FileName, byte[] Pdf)?> RenderAsync(Licence l, string baseUrl, CancellationToken ct)
    {
        if (!Common.Documents.ChineseFont.TryInstall(config["Pdf:FontPath"])) return null;
        var seal = await db.Seals.AsNoTracking().SingleAsync(s => s.Id == l.SealId, ct);
        var url = $"{(config["Portal:BaseUrl"] ?? baseUrl).TrimEnd('/')}/verify/{l.Id}";
        var paragraphs = l.Fields.Select(f => $"{f.Key}：{f.Value}").Append($"有效期：{l.IssuedOn:yyyy年M月d日}至{(l.ValidUntil is { } u ? u.ToString("yyyy年M月d日") : "长期")}")
            .Append($"本证照为电子证照，由{l.IssuerName}电子印章（SM2）签发，与纸质证照具有同等效力。扫描二维码或访问核验地址可验证真伪。").ToList();
        var pdf = new Common.Documents.NoticeDocument(l.TypeName, $"（证照编号 {l.Number}）", l.HolderName, paragraphs, l.IssuerName, l.IssuedOn, url, "扫码核验电子证照", seal.Name).Render();
        return ($"{l.TypeName}-{l.Number}.pdf", pdf);
    }
}
