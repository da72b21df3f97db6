using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Blobs;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Cases.Submit;
using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.DataSharing;

namespace Yiwang.Web.Features.Commitments.Sign;

/// <summary>
/// 告知承诺制 at application: an applicant replaces a material the item allows by a signed 承诺书
/// (trust level D) — unless the 信用库 holds them on the 黑名单 or with a 失信记录 in force. The
/// letters are filed with the case, in its transaction; the PDF of a letter is rendered on request.
/// </summary>
internal sealed class CommitmentSigning(YiwangDb db, PersonalDataProtector protector, TimeProvider clock, AuditLog audit, IConfiguration config) : ICommitmentLetters
{
    public const string LetterFile = "告知承诺书.pdf";

    public int CheckWithinWorkingDays => Commitment.CheckWithinWorkingDays;

    public string LetterText(string itemName, string material) => Commitment.LetterText(itemName, material);

    /// <summary>The materials named for commitment must be ones the item lets a commitment replace.</summary>
    public Dictionary<string, string[]> Check(IReadOnlyList<string>? materials, ServiceGuide guide)
    {
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < (materials?.Count ?? 0); i++)
        {
            var m = guide.Materials.FirstOrDefault(x => x.Name == materials![i]);
            if (m is null) errors[$"commitments[{i}]"] = [$"本事项没有“{materials![i]}”这项材料"];
            else if (m.Source != MaterialSource.InformedCommitment) errors[$"commitments[{i}]"] = [$"“{m.Name}”不适用告知承诺制，请提交材料"];
        }
        return errors;
    }

    public async Task<string?> BarredAsync(Guid applicant, CancellationToken ct) => await BarringRecordAsync(applicant, ct) is { } barred
        ? $"申请人在信用库中有{CreditListNames.Label(barred.List)}（{barred.DecidedBy}，{barred.DecidedOn:yyyy-MM-dd}），不适用告知承诺制，请提交材料"
        : null;

    /// <summary>The 信用库 entry that bars the applicant from 告知承诺 (黑名单, or a 失信记录 in force), if any.</summary>
    public async Task<CreditRecord?> BarringRecordAsync(Guid applicant, CancellationToken ct)
    {
        var indexes = await Accounts.AccountSubjects.IndexesAsync(db, protector, applicant, ct);
        if (indexes.Count == 0) return null;
        var today = ChinaTime.Date(clock.GetUtcNow());
        return (await db.CreditRecords.AsNoTracking().Where(r => indexes.Contains(r.SubjectIndex) && r.List != CreditList.Red).ToListAsync(ct))
            .FirstOrDefault(r => r.InForceOn(today));
    }

    /// <summary>
    /// The signed letters of a case being submitted, signed now: each filed as its material (trust D),
    /// with its audit entry, built once the case is numbered, to go in with it in its transaction.
    /// </summary>
    public Func<Case, IEnumerable<object>> Sign(IReadOnlyList<string> materials, ClaimsPrincipal user)
    {
        var (now, signer, signed) = (clock.GetUtcNow(), user.Identity!.Name!, audit.Prepare(user, "commitment.sign"));
        return c => materials.Distinct().SelectMany(material => Letter(c, material, signer, now, signed));
    }

    private static IEnumerable<object> Letter(Case c, string material, string signer, DateTimeOffset now, Func<string, string?, Common.Audit.AuditEntry> signed)
    {
        var letter = Commitment.Sign(c.Id, c.Number, c.DepartmentId, c.ItemName, material, c.ApplicantId!.Value, c.ApplicantName, signer, now);
        yield return letter;
        yield return new CaseMaterial
        {
            CaseId = c.Id, MaterialName = material, FileName = LetterFile, Kind = FileKind.Pdf, BlobKey = $"commitment:{letter.Digest[..40]}",
            Sha256 = letter.Digest, UploadedAt = now, UploadedBy = c.ApplicantName, Trust = MaterialTrust.D,
        };
        yield return signed($"case:{c.Number}", $"以告知承诺书代替“{material}”");
    }

    /// <summary>The signed letter as a PDF (null without a Chinese font).</summary>
    public async Task<byte[]?> LetterAsync(long caseId, string material, string? verifyUrl, CancellationToken ct)
    {
        var letter = await db.Commitments.AsNoTracking().Where(x => x.CaseId == caseId && x.MaterialName == material).OrderByDescending(x => x.Id).FirstOrDefaultAsync(ct);
        if (letter is null || !Common.Documents.ChineseFont.TryInstall(config["Pdf:FontPath"])) return null;
        return new Common.Documents.NoticeDocument("告知承诺书", $"办件编号 {letter.CaseNumber}", $"{letter.ItemName}审批部门",
            [letter.Text, $"承诺代替的材料：{letter.MaterialName}。", $"承诺人：{letter.ApplicantName}（经实名认证在线签署）。", $"签署摘要（SM3）：{letter.Digest}"],
            letter.ApplicantName, ChinaTime.Date(letter.SignedAt), verifyUrl ?? "", "扫码查询办理进度").Render();
    }
}
