using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Accounts;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Web.Features.Commitments.PostCheck;

/// <summary>The department's finding at 事后核查: was the promise true; if not, whether the grant is revoked.</summary>
internal sealed record PostCheckRequest(bool? Truthful, string? Finding, bool RevokeGrant = false);

internal sealed record PostCheckView(long Id, string CaseNumber, string ItemName, string MaterialName, string ApplicantName, DateTimeOffset SignedAt,
    string Status, DateOnly? CheckDue, bool Overdue, string? Finding, string? CheckedBy, DateTimeOffset? CheckedAt, bool GrantRevoked, string Digest);

/// <summary>
/// 事后核查: the department owes a check of each promise it decided on by a due day; a false promise
/// goes to the 信用库 as a 失信记录 and can revoke the grant (its 决定书 and licence follow through their events).
/// </summary>
internal sealed class PostChecksHandler(YiwangDb db, DataSharing.CreditEntries credit, TimeProvider clock, AuditLog audit, UnitOfWork unitOfWork,
    Common.Notifications.Inbox inbox)
{
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
            // The 信用库 is DataSharing's: it records the finding.
            if (subjectId is not null)
                credit.AddDishonest(subject.DisplayName, subjectId, $"告知承诺不实：“{letter.ItemName}”中以承诺代替的“{letter.MaterialName}”，{finding}", department, today,
                    Commitment.CreditRecordYears, $"事后核查 {letter.CaseNumber}", now);
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

    private static bool IsChecker(ClaimsPrincipal user) =>
        user.Meets(Policy.DepartmentWork);

    private static PostCheckView View(Commitment x, DateOnly today) => new(x.Id, x.CaseNumber, x.ItemName, x.MaterialName, x.ApplicantName, x.SignedAt,
        x.Status.Label(), x.CheckDue, x.OverdueOn(today), x.Finding, x.CheckedBy, x.CheckedAt, x.GrantRevoked, x.Digest);
}
