using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Blobs;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Features.Accounts;
using Yiwang.Web.Features.Calendar;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.DataSharing;

namespace Yiwang.Web.Features.Commitments;

/// <summary>The department's finding at 事后核查: was the promise true; if not, whether the grant is revoked.</summary>
public sealed record PostCheckRequest(bool? Truthful, string? Finding, bool RevokeGrant = false);

public sealed record PostCheckView(long Id, string CaseNumber, string ItemName, string MaterialName, string ApplicantName, DateTimeOffset SignedAt,
    string Status, DateOnly? CheckDue, bool Overdue, string? Finding, string? CheckedBy, DateTimeOffset? CheckedAt, bool GrantRevoked, string Digest);

/// <summary>
/// 告知承诺制: an applicant replaces a material the item allows by a signed 承诺书 (trust level D) —
/// unless the 信用库 holds them on the 黑名单 or with a 失信记录 in force; the department decides on the
/// promise, then owes a 事后核查 by a due day; a false promise goes to the 信用库 as a 失信记录 and
/// can revoke the grant (its licence too).
/// </summary>
public sealed class CommitmentsHandler(YiwangDb db, PersonalDataProtector protector, TimeProvider clock, AuditLog audit, UnitOfWork unitOfWork,
    Common.Notifications.Inbox inbox, IConfiguration config)
{
    public const string LetterFile = "告知承诺书.pdf";

    /// <summary>The materials named for commitment must be ones the item lets a commitment replace.</summary>
    public static Dictionary<string, string[]> Validate(IReadOnlyList<string>? materials, ServiceGuide guide)
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

    /// <summary>The 信用库 entry that bars the applicant from 告知承诺 (黑名单, or a 失信记录 in force), if any.</summary>
    public async Task<CreditRecord?> BarringRecordAsync(Guid applicant, CancellationToken ct)
    {
        var indexes = await DataUses.SubjectIndexesAsync(db, protector, applicant, ct);
        if (indexes.Count == 0) return null;
        var today = ChinaTime.Date(clock.GetUtcNow());
        return (await db.CreditRecords.AsNoTracking().Where(r => indexes.Contains(r.SubjectIndex) && r.List != CreditList.Red).ToListAsync(ct))
            .FirstOrDefault(r => r.InForceOn(today));
    }

    /// <summary>
    /// The signed letters of a case being submitted, signed now: each filed as its material (trust D),
    /// with its audit entry, built once the case is numbered, to go in with it in its transaction.
    /// </summary>
    public Func<Case, IEnumerable<object>> Letters(IReadOnlyList<string> materials, ClaimsPrincipal user)
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

    /// <summary>The post-checks a user works on: their department's (all for the platform admin and supervisors), open ones first by due day.</summary>
    public async Task<Outcome<List<PostCheckView>>> ChecksAsync(ClaimsPrincipal user, bool all, CancellationToken ct)
    {
        var q = db.Commitments.AsNoTracking().Where(x => x.Status != PostCheckStatus.Cancelled && x.Status != PostCheckStatus.AwaitingDecision);
        if (!user.Meets(Policy.Oversight))
        {
            if (!IsChecker(user) || user.DepartmentId() is not { } d) return Outcome<List<PostCheckView>>.Forbidden("只有审批部门工作人员可以查看事后核查任务");
            q = q.Where(x => x.DepartmentId == d);
        }
        if (!all) q = q.Where(x => x.Status == PostCheckStatus.Open);
        var today = ChinaTime.Date(clock.GetUtcNow());
        return Outcome<List<PostCheckView>>.Ok((await q.OrderBy(x => x.Status).ThenBy(x => x.CheckDue).ThenBy(x => x.Id).Take(500).ToListAsync(ct)).Select(x => View(x, today)).ToList());
    }

    public async Task<Outcome<PostCheckView>> CheckAsync(long id, PostCheckRequest r, ClaimsPrincipal user, CancellationToken ct)
    {
        var letter = await db.Commitments.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (letter is null || !IsChecker(user) || user.DepartmentId() != letter.DepartmentId) return Outcome<PostCheckView>.NotFound("核查任务不存在");
        var errors = new Dictionary<string, string[]>();
        if (r.Truthful is null) errors["truthful"] = ["请选择核查结论：属实或不实"];
        if ((r.Finding?.Trim().Length ?? 0) < 4) errors["finding"] = ["请填写核查情况（至少4个字）"];
        if (errors.Count > 0) return Outcome<PostCheckView>.Invalid(errors, "核查结论填写有误");
        if (letter.Status != PostCheckStatus.Open) return Outcome<PostCheckView>.Conflict($"该承诺{letter.Status.Label()}，不能再核查");
        var now = clock.GetUtcNow();
        var finding = r.Finding!.Trim();
        letter.Check(r.Truthful!.Value, finding, r.RevokeGrant, user.Identity!.Name!, now);
        audit.Record(user, "commitment.check", $"case:{letter.CaseNumber}", $"“{letter.MaterialName}”承诺{(letter.Status == PostCheckStatus.Confirmed ? "属实" : "不实")}：{finding}");
        if (letter.Status == PostCheckStatus.False)
        {
            var department = await db.Departments.AsNoTracking().Where(d => d.Id == letter.DepartmentId).Select(d => d.Name).SingleAsync(ct);
            var subject = await db.Users.AsNoTracking().Where(u => u.Id == letter.ApplicantId).Select(u => new { u.DisplayName, u.IdNumber, u.CreditCode, u.Kind }).SingleAsync(ct);
            var subjectId = (subject.Kind == AccountKind.LegalPerson ? subject.CreditCode ?? subject.IdNumber : subject.IdNumber ?? subject.CreditCode)?.ToUpperInvariant();
            var today = ChinaTime.Date(now);
            if (subjectId is not null)
                db.CreditRecords.Add(new CreditRecord
                {
                    SubjectName = subject.DisplayName, SubjectId = subjectId, SubjectIndex = protector.BlindIndex(subjectId), List = CreditList.Dishonest,
                    Reason = $"告知承诺不实：“{letter.ItemName}”中以承诺代替的“{letter.MaterialName}”，{finding}", DecidedBy = department, DecidedOn = today,
                    ValidUntil = today.AddYears(Commitment.CreditRecordYears), Source = $"事后核查 {letter.CaseNumber}", CreatedAt = now,
                });
            var c = await db.Cases.Include(x => x.Events).SingleAsync(x => x.Id == letter.CaseId, ct);
            // Its 决定书 and licences are revoked by their features, in this unit of work.
            if (letter.GrantRevoked)
                c.RevokeGrant(new Actor(user.Identity.Name!, now, $"department:{letter.DepartmentId}"), $"事后核查发现告知承诺不实（{letter.MaterialName}）：{finding}");
            inbox.Post(letter.ApplicantId, now, letter.GrantRevoked ? "审批决定已撤销" : "告知承诺核查不实",
                $"您在“{c.ItemName}”（{c.Number}）中以告知承诺书代替的“{letter.MaterialName}”经核查不实：{finding}。已记入信用档案（失信记录）" +
                    (letter.GrantRevoked ? "，准予决定及其证照已撤销。" : "。"), c.Number, sms: true);
        }
        try
        {
            await unitOfWork.CommitAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Outcome<PostCheckView>.Conflict("该办件已被他人处理，请刷新后再操作");
        }
        return Outcome<PostCheckView>.Ok(View(letter, ChinaTime.Date(now)));
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

    private static bool IsChecker(ClaimsPrincipal user) =>
        user.Meets(Policy.DepartmentWork);

    private static PostCheckView View(Commitment x, DateOnly today) => new(x.Id, x.CaseNumber, x.ItemName, x.MaterialName, x.ApplicantName, x.SignedAt,
        x.Status.Label(), x.CheckDue, x.OverdueOn(today), x.Finding, x.CheckedBy, x.CheckedAt, x.GrantRevoked, x.Digest);
}
