using Yiwang.Web.Common.Auth;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Notifications;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Organization;

namespace Yiwang.Web.Features.Ratings.Rectify;

internal sealed record RectificationView(long Id, string CaseNumber, string ItemName, int DepartmentId, string DepartmentName, RatingLevel Level, string LevelName,
    IReadOnlyList<string> Reasons, string? Comment, DateTimeOffset RatedAt, DateOnly OpenedOn, DateOnly Due, bool Overdue,
    RectificationStatus Status, string StatusName, string? Verification, string? Measures, string? Reply, string? RepliedBy, DateTimeOffset? RepliedAt,
    AppealKind? Appeal, string? AppealReason, string? AppealDecidedBy, string? AppealDecision, string? ReturnVisit, bool? ApplicantSatisfied,
    Guid Concurrency, bool MayHandle, bool MaySupervise);

internal sealed record StartRequest(string? Verification);
internal sealed record CompleteRequest(string? Measures, string? Reply);
internal sealed record AppealRequest(AppealKind? Kind, string? Reason);
internal sealed record AppealDecisionRequest(bool Approve, string? Note);
internal sealed record ReturnVisitRequest(string? View, bool Satisfied);

/// <summary>One page of rectifications (the earliest deadline first) and how many there are in all.</summary>
internal sealed record RectificationList(IReadOnlyList<RectificationView> Items, int Total, int Page, int PageSize);

/// <summary>差评整改: the department verifies, rectifies and replies; appeals go to the supervisor; a 回访 closes the loop.</summary>
internal sealed class RectificationsHandler(YiwangDb db, UnitOfWork unitOfWork, TimeProvider clock)
{
    /// <summary>Page 0: every matching rectification (the export).</summary>
    public async Task<Outcome<RectificationList>> ListAsync(RectificationStatus? status, ClaimsPrincipal user, CancellationToken ct, int page = 1)
    {
        if (!OversightScope.SeesAll(user) && OversightScope.DepartmentOf(user) is null) return Outcome<RectificationList>.Forbidden("无权查看差评整改");
        var q = db.Rectifications.AsNoTracking().Include(x => x.Rating).AsQueryable();
        if (OversightScope.DepartmentOf(user) is { } own) q = q.Where(x => x.DepartmentId == own);
        if (status is { } s) q = q.Where(x => x.Status == s);
        var total = await q.CountAsync(ct);
        page = Math.Max(0, page);
        var list = await StaffListPage.Of(q.OrderBy(x => x.Due).ThenBy(x => x.Id), page).ToListAsync(ct);
        return Outcome<RectificationList>.Ok(new RectificationList(await ViewsAsync(list, user, ct), total, page, StaffListPage.Size));
    }

    public async Task<Outcome<RectificationView>> GetAsync(long id, ClaimsPrincipal user, CancellationToken ct)
    {
        var x = await db.Rectifications.AsNoTracking().Include(r => r.Rating).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (x is null || !OversightScope.MaySee(user, x.DepartmentId)) return Outcome<RectificationView>.NotFound($"整改单 {id} 不存在");
        return Outcome<RectificationView>.Ok((await ViewsAsync([x], user, ct))[0]);
    }

    public Task<Outcome<RectificationView>> StartAsync(long id, StartRequest r, ClaimsPrincipal user, CancellationToken ct) =>
        MoveAsync(id, user, department: true, x => x.Start(r.Verification), ct);

    public Task<Outcome<RectificationView>> CompleteAsync(long id, CompleteRequest r, ClaimsPrincipal user, CancellationToken ct) =>
        MoveAsync(id, user, department: true, x =>
        {
            x.Complete(user.Identity!.Name!, r.Measures, r.Reply, clock.GetUtcNow());
            Inbox.Add(db, x.Rating!.ApplicantId, clock.GetUtcNow(), "差评整改答复", $"您对“{x.Rating.ItemName}”（{x.CaseNumber}）的评价，承办部门答复：{x.Reply}", x.CaseNumber);
        }, ct);

    public Task<Outcome<RectificationView>> AppealAsync(long id, AppealRequest r, ClaimsPrincipal user, CancellationToken ct) =>
        r.Kind is not { } kind || !Enum.IsDefined(kind)
            ? Task.FromResult(Outcome<RectificationView>.Invalid("kind", "请选择申诉类型：无效差评或无法整改"))
            : MoveAsync(id, user, department: true, x => x.RequestAppeal(kind, r.Reason), ct);

    public Task<Outcome<RectificationView>> DecideAppealAsync(long id, AppealDecisionRequest r, ClaimsPrincipal user, CancellationToken ct) =>
        MoveAsync(id, user, department: false, x => x.DecideAppeal(user.Identity!.Name!, r.Approve, r.Note), ct);

    public Task<Outcome<RectificationView>> ReturnVisitAsync(long id, ReturnVisitRequest r, ClaimsPrincipal user, CancellationToken ct) =>
        MoveAsync(id, user, department: false, x => x.RecordReturnVisit(r.View, r.Satisfied, clock.GetUtcNow()), ct);

    private static bool MayHandle(ClaimsPrincipal user, Rectification x) => OversightScope.DepartmentOf(user) == x.DepartmentId;

    private async Task<Outcome<RectificationView>> MoveAsync(long id, ClaimsPrincipal user, bool department, Action<Rectification> move, CancellationToken ct)
    {
        var x = await db.Rectifications.Include(r => r.Rating).SingleOrDefaultAsync(r => r.Id == id, ct);
        if (x is null || !OversightScope.MaySee(user, x.DepartmentId)) return Outcome<RectificationView>.NotFound($"整改单 {id} 不存在");
        if (department ? !MayHandle(user, x) : !OversightScope.Supervises(user))
            return Outcome<RectificationView>.Forbidden(department ? "只有被评价的部门可以整改答复" : "申诉审核和回访由效能监察员办理");
        var saved = await DomainMove.SaveAsync(unitOfWork, () => move(x), "该整改单已被他人处理，请刷新后再操作", ct);
        return saved.IsOk ? Outcome<RectificationView>.Ok((await ViewsAsync([x], user, ct))[0]) : saved.As<RectificationView>();
    }

    private async Task<List<RectificationView>> ViewsAsync(IReadOnlyList<Rectification> list, ClaimsPrincipal user, CancellationToken ct)
    {
        var names = await DepartmentNames.OfAsync(db, list.Select(x => x.DepartmentId), ct);
        var today = clock.Today();
        return list.Select(x => new RectificationView(x.Id, x.CaseNumber, x.Rating!.ItemName, x.DepartmentId, names.GetValueOrDefault(x.DepartmentId, "?"),
            x.Rating.Level, x.Rating.Level.Label(), x.Rating.Reasons, x.Rating.Comment, x.Rating.RatedAt, x.OpenedOn, x.Due, x.Overdue(today),
            x.Status, x.Status.Label(), x.Verification, x.Measures, x.Reply, x.RepliedBy, x.RepliedAt, x.Appeal, x.AppealReason, x.AppealDecidedBy,
            x.AppealDecision, x.ReturnVisit, x.ApplicantSatisfied, x.Concurrency, MayHandle(user, x) && x.IsOpen,
            OversightScope.Supervises(user))).ToList();
    }
}
