using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Cases;
using AuthPolicy = Yiwang.Web.Common.Auth.Policy;

namespace Yiwang.Web.Features.Policies.Instant;

internal sealed record InstantDecisionView(string CaseNumber, string ItemCode, string ItemName, string ApplicantName, bool Granted, string Reasons, DateTimeOffset DecidedAt,
    bool ForReview, string? ReviewedBy, DateTimeOffset? ReviewedAt, bool? ReviewCorrect, string? ReviewNote, InstantTrace Trace)
{
    public static InstantDecisionView Of(InstantDecision d) => new(d.CaseNumber, d.ItemCode, d.ItemName, d.ApplicantName, d.Granted, d.Reasons, d.DecidedAt,
        d.ForReview, d.ReviewedBy, d.ReviewedAt, d.ReviewCorrect, d.ReviewNote, d.Trace);
}

/// <summary>Which comparisons to list: <c>review</c> (drawn, not yet reviewed), <c>granted</c>, <c>manual</c> (left to ordinary handling) or all.</summary>
internal sealed record InstantFilter(string? Show = null, int Page = 1);

internal sealed record InstantList(int Compared, int Granted, int Manual, int Drawn, int Reviewed, int FoundWrong, int Total, IReadOnlyList<InstantDecisionView> Rows);

/// <summary>复核结论: Correct true 无误, false 有误 (then the note says what was wrong).</summary>
internal sealed record InstantReviewRequest(bool? Correct, string? Note);

/// <summary>
/// 秒批 under watch: the department sees every comparison the system made on its items (each trace in
/// view) and reviews the share of automatic grants drawn for it (or any other grant); a supervisor sees
/// all departments. A finding is audited and noted on the case's timeline.
/// </summary>
internal sealed class InstantReviewHandler(YiwangDb db, UnitOfWork unitOfWork, TimeProvider clock, AuditLog audit)
{
    public const int PageSize = 50;

    private static bool SeesAll(ClaimsPrincipal user) => user.Meets(AuthPolicy.PlatformAdmin) || user.Meets(AuthPolicy.Supervision);

    private static bool Sees(ClaimsPrincipal user, int department) => SeesAll(user) || (user.Meets(AuthPolicy.DepartmentWork) && user.DepartmentId() == department);

    public async Task<Outcome<InstantList>> ListAsync(InstantFilter filter, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!SeesAll(user) && !user.Meets(AuthPolicy.DepartmentWork)) return Outcome<InstantList>.Forbidden("只有事项所属部门的工作人员和效能监察人员可以查看秒批记录");
        var mine = SeesAll(user) ? null : user.DepartmentId();
        var scope = db.InstantDecisions.AsNoTracking().Where(d => mine == null || d.DepartmentId == mine);
        var counts = await scope.GroupBy(d => 1).Select(g => new
        {
            Compared = g.Count(), Granted = g.Count(d => d.Granted), Drawn = g.Count(d => d.ForReview),
            Reviewed = g.Count(d => d.ReviewedAt != null), Wrong = g.Count(d => d.ReviewCorrect == false),
        }).SingleOrDefaultAsync(ct);
        var shown = filter.Show switch
        {
            "review" => scope.Where(d => d.ForReview && d.ReviewedAt == null),
            "granted" => scope.Where(d => d.Granted),
            "manual" => scope.Where(d => !d.Granted),
            _ => scope,
        };
        var total = await shown.CountAsync(ct);
        var page = Math.Max(1, filter.Page);
        var rows = await shown.OrderByDescending(d => d.DecidedAt).ThenByDescending(d => d.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        audit.Record(user, "instant.read", "instant-approvals", $"查看秒批比对记录 {rows.Count} 条");
        await unitOfWork.CommitAsync(ct);
        return Outcome<InstantList>.Ok(new InstantList(counts?.Compared ?? 0, counts?.Granted ?? 0, (counts?.Compared ?? 0) - (counts?.Granted ?? 0), counts?.Drawn ?? 0,
            counts?.Reviewed ?? 0, counts?.Wrong ?? 0, total, rows.Select(InstantDecisionView.Of).ToList()));
    }

    public async Task<Outcome<InstantDecisionView>> ReviewAsync(string number, InstantReviewRequest r, ClaimsPrincipal user, CancellationToken ct)
    {
        var d = await db.InstantDecisions.SingleOrDefaultAsync(x => x.CaseNumber == number, ct);
        if (d is null || !Sees(user, d.DepartmentId)) return Outcome<InstantDecisionView>.NotFound($"办件 {number} 没有秒批记录");
        if (!d.Granted) return Outcome<InstantDecisionView>.Conflict("该办件未被秒批，已转人工办理，无需复核");
        if (d.ReviewedAt is not null) return Outcome<InstantDecisionView>.Conflict($"该秒批已由 {d.ReviewedBy} 复核");
        if (r.Correct is not { } correct) return Outcome<InstantDecisionView>.Invalid("correct", "请选择复核结论（无误或有误）");
        if (!correct && string.IsNullOrWhiteSpace(r.Note)) return Outcome<InstantDecisionView>.Invalid("note", "复核有误的，须写明问题和处理意见");
        if (r.Note?.Trim().Length > 1000) return Outcome<InstantDecisionView>.Invalid("note", "复核意见不得超过1000字");
        var c = await db.Cases.Include(x => x.Events).SingleAsync(x => x.Number == number, ct);
        var reviewer = user.Identity!.Name!;
        d.Review(reviewer, correct, r.Note, clock.GetUtcNow());
        c.NoteInstantCheck(new Actor(reviewer, clock.GetUtcNow()), $"秒批{(d.ForReview ? "抽查" : "")}复核：{(correct ? "无误" : "有误")}" + (string.IsNullOrWhiteSpace(r.Note) ? "" : "。" + r.Note.Trim()));
        audit.Record(user, "instant.review", $"case:{number}", correct ? "无误" : "有误：" + r.Note!.Trim());
        await unitOfWork.CommitAsync(ct);
        return Outcome<InstantDecisionView>.Ok(InstantDecisionView.Of(d));
    }
}
