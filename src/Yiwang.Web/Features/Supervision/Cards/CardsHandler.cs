using Yiwang.Web.Common.Auth;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Organization;

namespace Yiwang.Web.Features.Supervision.Cards;

internal sealed record CardFilter(CardLevel? Level = null, CardStatus? Status = null, int? DepartmentId = null, string? CaseNumber = null, int Page = 1);

internal sealed record CardView(long Id, string CaseNumber, string ItemName, int DepartmentId, string DepartmentName, string? Assignee,
    CardRule Rule, string RuleName, CardLevel Level, string LevelName, int Step, string Detail, DateTimeOffset RaisedAt, DateOnly RaisedOn,
    DateOnly? AnswerDue, bool AnswerOverdue, CardStatus Status, string StatusName, string? Explanation, string? Correction, string? AnsweredBy,
    DateTimeOffset? AnsweredAt, string? ClosedBy, DateTimeOffset? ClosedAt, string? ClosingNote, Guid Concurrency, bool MayAnswer, bool MaySupervise);

internal sealed record CardList(IReadOnlyList<CardView> Cards, int Total, int Page, int PageSize, IReadOnlyDictionary<string, int> OpenByLevel);

internal sealed record CardAnswerRequest(string? Explanation, string? Correction, Guid? Concurrency = null);

internal sealed record CardDecisionRequest(string? Note, Guid? Concurrency = null);

/// <summary>Lists, reads and moves cards, each within the caller's scope (<see cref="OversightScope"/>).</summary>
internal sealed class CardsHandler(YiwangDb db, UnitOfWork unitOfWork, TimeProvider clock, Cases.Read.ActorNames actors)
{
    public async Task<Outcome<CardList>> ListAsync(CardFilter f, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!OversightScope.SeesAll(user) && OversightScope.DepartmentOf(user) is null) return Outcome<CardList>.Forbidden("无权查看红黄牌");
        var q = db.Cards.AsNoTracking();
        if (OversightScope.DepartmentOf(user) is { } own) q = q.Where(k => k.DepartmentId == own);
        var open = await q.Where(k => k.Status == CardStatus.Open || k.Status == CardStatus.Notice)
            .GroupBy(k => k.Level).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        if (f.Level is { } level) q = q.Where(k => k.Level == level);
        if (f.Status is { } status) q = q.Where(k => k.Status == status);
        if (f.DepartmentId is { } dept) q = q.Where(k => k.DepartmentId == dept);
        if (!string.IsNullOrWhiteSpace(f.CaseNumber)) q = q.Where(k => k.CaseNumber == f.CaseNumber.Trim());
        // Page 0: every matching card (the export).
        var page = Math.Max(0, f.Page);
        var total = await q.CountAsync(ct);
        var cards = await StaffListPage.Of(q.OrderByDescending(k => k.RaisedAt).ThenByDescending(k => k.Id), page).ToListAsync(ct);
        return Outcome<CardList>.Ok(new CardList(await ViewsAsync(cards, user, ct), total, page, StaffListPage.Size,
            open.ToDictionary(x => x.Key.ToString(), x => x.Count)));
    }

    public async Task<Outcome<CardView>> GetAsync(long id, ClaimsPrincipal user, CancellationToken ct)
    {
        var card = await db.Cards.AsNoTracking().SingleOrDefaultAsync(k => k.Id == id, ct);
        if (card is null || !OversightScope.MaySee(user, card.DepartmentId)) return Outcome<CardView>.NotFound($"红黄牌 {id} 不存在");
        return Outcome<CardView>.Ok((await ViewsAsync([card], user, ct))[0]);
    }

    public Task<Outcome<CardView>> AnswerAsync(long id, CardAnswerRequest r, ClaimsPrincipal user, CancellationToken ct) =>
        MoveAsync(id, r.Concurrency, user, (u, k) => OversightScope.MayAnswer(u, k.DepartmentId), "只有被亮牌部门可以答复", k => k.Answer(user.Identity!.Name!, r.Explanation, r.Correction, clock.GetUtcNow()), ct);

    public Task<Outcome<CardView>> CloseAsync(long id, CardDecisionRequest r, ClaimsPrincipal user, CancellationToken ct) =>
        MoveAsync(id, r.Concurrency, user, (u, _) => OversightScope.Supervises(u), "只有效能监察员可以办结", k => k.Close(user.Identity!.Name!, r.Note, clock.GetUtcNow()), ct);

    public Task<Outcome<CardView>> EscalateAsync(long id, CardDecisionRequest r, ClaimsPrincipal user, CancellationToken ct) =>
        MoveAsync(id, r.Concurrency, user, (u, _) => OversightScope.Supervises(u), "只有效能监察员可以升级", k => k.Escalate(user.Identity!.Name!, r.Note, clock.GetUtcNow()), ct);

    private async Task<Outcome<CardView>> MoveAsync(long id, Guid? concurrency, ClaimsPrincipal user, Func<ClaimsPrincipal, Card, bool> may, string refusal,
        Action<Card> move, CancellationToken ct)
    {
        var card = await db.Cards.SingleOrDefaultAsync(k => k.Id == id, ct);
        if (card is null || !OversightScope.MaySee(user, card.DepartmentId)) return Outcome<CardView>.NotFound($"红黄牌 {id} 不存在");
        if (!may(user, card)) return Outcome<CardView>.Forbidden(refusal);
        const string conflict = "该红黄牌已被他人处理，请刷新后再操作";
        if (concurrency is { } seen && seen != card.Concurrency) return Outcome<CardView>.Conflict(conflict);
        var saved = await DomainMove.SaveAsync(unitOfWork, () => move(card), conflict, ct);
        return saved.IsOk ? Outcome<CardView>.Ok((await ViewsAsync([card], user, ct))[0]) : saved.As<CardView>();
    }

    private async Task<List<CardView>> ViewsAsync(IReadOnlyList<Card> cards, ClaimsPrincipal user, CancellationToken ct)
    {
        var names = await DepartmentNames.OfAsync(db, cards.Select(k => k.DepartmentId), ct);
        var today = clock.Today();
        // 承办人: who holds the case now (its assignee, else the one it was raised against), by name; a case with
        // nobody assigned is its department's approvers'. A warning stops counting once its case is finished.
        var numbers = cards.Select(k => k.CaseNumber).Distinct().ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => numbers.Contains(c.Number)).Select(c => new { c.Number, c.Status, c.Assignee })
            .ToDictionaryAsync(c => c.Number, ct);
        var named = await actors.OfAsync(cards.Select(k => cases.GetValueOrDefault(k.CaseNumber)?.Assignee ?? k.Assignee), null, ct);
        string Handler(Card k) => cases.GetValueOrDefault(k.CaseNumber) is { } c
            ? c.Status == Cases.CaseStatus.Submitted ? "窗口（待受理）" : c.Status == Cases.CaseStatus.AwaitingSupplement ? "申请人（待补正）"
            : (c.Assignee ?? k.Assignee) is { } login ? named(login) : $"{names.GetValueOrDefault(k.DepartmentId, "本部门")}审批人员（未指定承办人）"
            : k.Assignee is { } who ? named(who) : "—";
        bool Finished(Card k) => cases.GetValueOrDefault(k.CaseNumber) is { } c && c.Status is Cases.CaseStatus.Closed or Cases.CaseStatus.Refused or Cases.CaseStatus.Withdrawn or Cases.CaseStatus.Decided;
        return cards.Select(k => new CardView(k.Id, k.CaseNumber, k.ItemName, k.DepartmentId, names.GetValueOrDefault(k.DepartmentId, "?"), Handler(k),
            k.Rule, k.Rule.Label(), k.Level, k.Level.Label(), k.Step, k.Detail, k.RaisedAt, k.RaisedOn, k.AnswerDue, k.AnswerOverdue(today),
            k.Status, k.Level == CardLevel.Warning && k.Status == CardStatus.Open && Finished(k) ? "办件已办结，预警解除" : k.Status.Label(), k.Explanation, k.Correction, k.AnsweredBy, k.AnsweredAt, k.ClosedBy, k.ClosedAt, k.ClosingNote, k.Concurrency,
            OversightScope.MayAnswer(user, k.DepartmentId) && k.Status == CardStatus.Open,
            OversightScope.Supervises(user) && k.Status is CardStatus.Open or CardStatus.Answered or CardStatus.Notice)).ToList();
    }
}
