using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Common.Documents;
using Yiwang.Web.Common.Events;
using Yiwang.Web.Common.Identity;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Catalog;

namespace Yiwang.Web.Features.Licences.Decisions;

/// <summary>The check of a decision document, as the public verification page shows it (the applicant's name masked).</summary>
internal sealed record DecisionVerification(Guid Id, string Number, string Title, string CaseNumber, string ItemName, string ApplicantName, string Decision,
    string IssuerName, DateOnly DecidedOn, bool SignatureValid, string StatusName, string Verdict, string SealName, string Digest);

/// <summary>
/// Issues the signed 决定书 of every decision (in the decision's unit of work, after its licence, whose
/// number it states), marks it 已撤回 when the decision is recalled and 已撤销 when a grant is revoked,
/// renders it as PDF with the seal and a QR code to /verify/{id}, and checks it.
/// </summary>
[EventOrder(EventOrder.Document)]
internal sealed class DecisionDocuments(YiwangDb db, LicenceIssuer seals, PersonalDataProtector protector, TimeProvider clock, IConfiguration config,
    IServiceScopeFactory scopes) : IHandles<CaseDecided>, IHandles<DecisionRecalled>, IHandles<GrantRevoked>, Cases.Read.IDecisionNotices
{
    public async Task HandleAsync(CaseDecided e, CancellationToken ct) => db.DecisionDocuments.Add(await IssueAsync(e.Case, ct));

    public async Task HandleAsync(DecisionRecalled e, CancellationToken ct)
    {
        foreach (var d in await ValidOfAsync(e.Case, ct)) d.Recall();
    }

    public async Task HandleAsync(GrantRevoked e, CancellationToken ct)
    {
        foreach (var d in await ValidOfAsync(e.Case, ct)) d.Revoke(e.Entry.Detail ?? "撤销准予决定");
    }

    private Task<List<DecisionDocument>> ValidOfAsync(Case c, CancellationToken ct) =>
        db.DecisionDocuments.Where(d => d.CaseId == c.Id && d.Status == DecisionDocumentStatus.Valid).ToListAsync(ct);

    private async Task<DecisionDocument> IssueAsync(Case c, CancellationToken ct)
    {
        var guide = await db.ServiceItemVersions.AsNoTracking().Where(v => v.ServiceItemId == c.ServiceItemId && v.VersionNo == c.ItemVersionNo).Select(v => v.Guide).SingleAsync(ct);
        var seal = await seals.SealForAsync(c.DepartmentId, ct);
        var earlier = await db.DecisionDocuments.CountAsync(d => d.CaseId == c.Id, ct);
        var licence = db.Licences.Local.FirstOrDefault(l => l.CaseNumber == c.Number && l.Status == LicenceStatus.Valid);
        var organisation = c.ApplicantId is { } applicant && await db.Users.AnyAsync(u => u.Id == applicant && u.Kind == Accounts.AccountKind.LegalPerson, ct);
        var document = new DecisionDocument
        {
            Id = Guid.NewGuid(), Number = $"JD{c.Number.Replace("-", "")[2..]}-{earlier + 1}", CaseId = c.Id, CaseNumber = c.Number,
            Title = DecisionDocument.TitleOf(guide.Type == ItemType.AdministrativeLicensing, c.Decision!.Value), ItemName = c.ItemName, ApplicantName = c.ApplicantName,
            ApplicantKind = organisation ? HolderKind.Organisation : HolderKind.Person,
            Decision = c.Decision.Value, Reason = c.DecisionReason ?? "", SubmittedOn = ChinaTime.Date(c.SubmittedAt ?? c.CreatedAt),
            ResultName = c.Decision == Decision.Grant ? guide.ResultName : null, LicenceNumber = licence?.Number,
            IssuerDepartmentId = c.DepartmentId, IssuerName = await db.Departments.Where(d => d.Id == c.DepartmentId).Select(d => d.Name).SingleAsync(ct),
            DecidedOn = ChinaTime.Date(c.DecidedAt ?? clock.GetUtcNow()), SealId = seal.Id, IssuedAt = clock.GetUtcNow(),
        };
        document.Sign(Convert.FromBase64String(protector.Decrypt(seal.EncryptedPrivateKey)));
        return document;
    }

    /// <summary>The decision document in force for a case (the latest one not recalled), from this unit of work or the database.</summary>
    public async Task<DecisionDocument?> CurrentAsync(long caseId, CancellationToken ct) =>
        db.DecisionDocuments.Local.Where(d => d.CaseId == caseId && d.Status != DecisionDocumentStatus.Recalled).MaxBy(d => d.IssuedAt)
        ?? await db.DecisionDocuments.AsNoTracking().Where(d => d.CaseId == caseId && d.Status != DecisionDocumentStatus.Recalled)
            .OrderByDescending(d => d.IssuedAt).FirstOrDefaultAsync(ct);

    /// <summary>The 决定书 in force as a PDF, for the case's notices (issued now for a case decided before documents were).</summary>
    async Task<Common.Http.Outcome<(string FileName, byte[] Pdf)>> Cases.Read.IDecisionNotices.RenderAsync(Case c, string baseUrl, CancellationToken ct)
    {
        if (c.Decision is null) return Common.Http.Outcome<(string, byte[])>.NotFound("该办件尚未作出决定");
        var document = await CurrentOrIssuedAsync(c, ct);
        if (document is null) return Common.Http.Outcome<(string, byte[])>.NotFound("该办件的决定已撤回，尚无有效的决定书");
        return await RenderAsync(document, baseUrl, ct) is { } decision ? Common.Http.Outcome<(string, byte[])>.Ok(decision)
            : Common.Http.Outcome<(string, byte[])>.Conflict(Common.Documents.ChineseFont.Missing);
    }

    /// <summary>
    /// The document in force, or, for a decided case that never had one (decided before documents were
    /// issued, or loaded as demo history), one issued now and saved in a unit of work of its own (never
    /// the case inside a decision's unit: its document is issued there first). Null when its decision was recalled.
    /// </summary>
    private async Task<DecisionDocument?> CurrentOrIssuedAsync(Case decided, CancellationToken ct)
    {
        if (await CurrentAsync(decided.Id, ct) is { } current) return current;
        if (await db.DecisionDocuments.AnyAsync(d => d.CaseId == decided.Id, ct)) return null; // recalled
        var document = await IssueAsync(decided, ct);
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<YiwangDb>().DecisionDocuments.Add(document);
        await scope.ServiceProvider.GetRequiredService<UnitOfWork>().CommitAsync(ct);
        return document;
    }

    /// <summary>
    /// A granted case's signed decision document, passed on as another case's material (for results that
    /// are not licences). Null without a Chinese font or when its decision was recalled.
    /// </summary>
    public async Task<(string Result, byte[] Pdf)?> ResultDocumentAsync(Case granted, string baseUrl, CancellationToken ct)
    {
        if (await CurrentOrIssuedAsync(granted, ct) is not { } document) return null;
        return await RenderAsync(document, baseUrl, ct) is { } pdf ? (document.ResultName ?? granted.ItemName + "办理结果", pdf.Pdf) : null;
    }

    /// <summary>The document as PDF with the seal and a QR code to its verification page, or null without a Chinese font.</summary>
    public async Task<(string FileName, byte[] Pdf)?> RenderAsync(DecisionDocument d, string baseUrl, CancellationToken ct)
    {
        if (!ChineseFont.TryInstall(config["Pdf:FontPath"])) return null;
        var seal = await db.Seals.AsNoTracking().SingleAsync(s => s.Id == d.SealId, ct);
        var url = $"{(config["Portal:BaseUrl"] ?? baseUrl).TrimEnd('/')}/verify/{d.Id}";
        var pdf = new NoticeDocument(d.Title, $"（{d.Number}）", d.ApplicantName, d.Paragraphs(), d.IssuerName, d.DecidedOn, url, "扫码核验决定书真伪", seal.Name).Render();
        return ($"{d.Title}-{d.CaseNumber}.pdf", pdf);
    }

    /// <summary>Recomputes the digest of the stored data and checks the seal's signature over it.</summary>
    public async Task<DecisionVerification?> VerifyAsync(Guid id, CancellationToken ct)
    {
        var d = await db.DecisionDocuments.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (d is null) return null;
        var check = SealedDocuments.Check(d, await db.Seals.AsNoTracking().SingleAsync(s => s.Id == d.SealId, ct));
        var verdict = !check.SignatureValid ? "无效：决定书数据与电子印章签名不符，可能已被篡改"
            : d.Status == DecisionDocumentStatus.Valid ? "有效：签名验证通过" : $"签名验证通过，但决定{d.Status.Label()}" + (d.StatusReason is { } r ? $"（{r}）" : "");
        return new DecisionVerification(d.Id, d.Number, d.Title, d.CaseNumber, d.ItemName, d.ApplicantKind == HolderKind.Person ? Mask.PersonName(d.ApplicantName) : d.ApplicantName, d.Decision == Decision.Grant ? "准予" : "不予",
            d.IssuerName, d.DecidedOn, check.SignatureValid, d.Status.Label(), verdict, check.SealName, check.Digest);
    }
}
