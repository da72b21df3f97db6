using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Hotline.Read;

namespace Yiwang.Web.Features.Hotline.Handle;

internal sealed record AnswerTicketRequest(string? Answer, Guid? Concurrency = null);
internal sealed record DispatchTicketRequest(int? LeadDepartmentId, List<int>? CoDepartmentIds = null, Guid? Concurrency = null);
internal sealed record ReturnTicketRequest(string? Reason, Guid? Concurrency = null);
internal sealed record ExtendTicketRequest(int? Days, string? Reason, Guid? Concurrency = null);
internal sealed record DecideExtensionRequest(bool? Approve, Guid? Concurrency = null);
internal sealed record ReplyTicketRequest(string? Reply, Guid? Concurrency = null);
internal sealed record ReviewTicketRequest(bool? Adequate, string? Note, Guid? Concurrency = null);
internal sealed record CallbackTicketRequest(bool? Resolved, Satisfaction? Satisfaction, string? Note, Guid? Concurrency = null);
internal sealed record ReopenTicketRequest(string? Reason, Guid? Concurrency = null);
internal sealed record ReclassifyTicketRequest(TicketKind? Kind, Guid? Concurrency = null);
internal sealed record MergeTicketRequest(string? Into, Guid? Concurrency = null);

/// <summary>
/// 接诉即办 on a ticket: the centre answers a 咨询 at once, dispatches, decides extensions, reviews replies,
/// calls back and reopens; the lead department signs for it, returns a misrouted one, asks for more
/// time and replies. Each step is checked against the ticket's state and the actor's part in it.
/// </summary>
internal sealed class TicketActionsHandler(YiwangDb db, UnitOfWork unitOfWork, TimeProvider clock, Calendar.WorkingDayCalendar calendar, TicketLimits limits,
    TicketsQuery query, AuditLog audit)
{
    private enum Part { Centre, Lead }

    public Task<Outcome<TicketView>> AnswerAsync(string n, AnswerTicketRequest r, ClaimsPrincipal u, CancellationToken ct) =>
        ActAsync(n, r.Concurrency, u, Part.Centre, "ticket.answer", (t, by, at) => t.AnswerDirectly(by, at, r.Answer ?? ""), ct);

    public async Task<Outcome<TicketView>> DispatchAsync(string n, DispatchTicketRequest r, ClaimsPrincipal u, CancellationToken ct)
    {
        if (r.LeadDepartmentId is not { } lead || await db.Departments.AsNoTracking().Where(d => d.Id == lead).Select(d => d.Name).SingleOrDefaultAsync(ct) is not { } leadName)
            return Outcome<TicketView>.Invalid("leadDepartmentId", "请选择主办单位");
        var co = r.CoDepartmentIds ?? [];
        if (co.Count > 0 && await db.Departments.CountAsync(d => co.Contains(d.Id), ct) != co.Distinct().Count()) return Outcome<TicketView>.Invalid("coDepartmentIds", "协办单位不存在");
        return await ActAsync(n, r.Concurrency, u, Part.Centre, "ticket.dispatch", (t, by, at) => t.Dispatch(by, at, clock.Today(), lead, co, leadName, calendar.Schedule, limits), ct);
    }

    public Task<Outcome<TicketView>> SignAsync(string n, Guid? concurrency, ClaimsPrincipal u, CancellationToken ct) =>
        ActAsync(n, concurrency, u, Part.Lead, "ticket.sign", (t, by, at) => t.Sign(by, at), ct);

    public Task<Outcome<TicketView>> ReturnAsync(string n, ReturnTicketRequest r, ClaimsPrincipal u, CancellationToken ct) =>
        ActAsync(n, r.Concurrency, u, Part.Lead, "ticket.return", (t, by, at) => t.Return(by, at, clock.Today(), r.Reason ?? "", calendar.Schedule, limits), ct);

    public Task<Outcome<TicketView>> ExtendAsync(string n, ExtendTicketRequest r, ClaimsPrincipal u, CancellationToken ct) =>
        r.Days is null ? Task.FromResult(Outcome<TicketView>.Invalid("days", "请填写延期工作日数"))
            : ActAsync(n, r.Concurrency, u, Part.Lead, "ticket.extension", (t, by, at) => t.RequestExtension(by, at, r.Days.Value, r.Reason ?? ""), ct);

    public Task<Outcome<TicketView>> DecideExtensionAsync(string n, DecideExtensionRequest r, ClaimsPrincipal u, CancellationToken ct) =>
        r.Approve is null ? Task.FromResult(Outcome<TicketView>.Invalid("approve", "请选择是否批准延期"))
            : ActAsync(n, r.Concurrency, u, Part.Centre, "ticket.extension.decide", (t, by, at) => t.DecideExtension(by, at, r.Approve.Value, calendar.Schedule), ct);

    public Task<Outcome<TicketView>> ReplyAsync(string n, ReplyTicketRequest r, ClaimsPrincipal u, CancellationToken ct) =>
        r.Reply?.Trim().Length > 4000 ? Task.FromResult(Outcome<TicketView>.Invalid("reply", "答复不得超过4000字"))
            : ActAsync(n, r.Concurrency, u, Part.Lead, "ticket.reply", (t, by, at) => t.Answer(by, at, r.Reply ?? ""), ct);

    public Task<Outcome<TicketView>> ReviewAsync(string n, ReviewTicketRequest r, ClaimsPrincipal u, CancellationToken ct) =>
        r.Adequate is null ? Task.FromResult(Outcome<TicketView>.Invalid("adequate", "请选择审核结论"))
            : ActAsync(n, r.Concurrency, u, Part.Centre, "ticket.review", (t, by, at) => t.Review(by, at, r.Adequate.Value, r.Note), ct);

    public Task<Outcome<TicketView>> CallbackAsync(string n, CallbackTicketRequest r, ClaimsPrincipal u, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (r.Resolved is null) errors["resolved"] = ["请记录是否已解决"];
        if (r.Satisfaction is not { } s || !Enum.IsDefined(s)) errors["satisfaction"] = ["请记录满意度（满意、基本满意、不满意）"];
        return errors.Count > 0 ? Task.FromResult(Outcome<TicketView>.Invalid(errors, "回访记录不完整"))
            : ActAsync(n, r.Concurrency, u, Part.Centre, "ticket.callback", (t, by, at) => t.Callback(by, at, r.Resolved!.Value, r.Satisfaction!.Value, r.Note), ct);
    }

    public Task<Outcome<TicketView>> ReopenAsync(string n, ReopenTicketRequest r, ClaimsPrincipal u, CancellationToken ct) =>
        ActAsync(n, r.Concurrency, u, Part.Centre, "ticket.reopen", (t, by, at) => t.Reopen(by, at, clock.Today(), r.Reason ?? "", calendar.Schedule, limits), ct);

    public Task<Outcome<TicketView>> ReclassifyAsync(string n, ReclassifyTicketRequest r, ClaimsPrincipal u, CancellationToken ct) =>
        r.Kind is not { } kind || !Enum.IsDefined(kind) ? Task.FromResult(Outcome<TicketView>.Invalid("kind", "请选择诉求类型"))
            : ActAsync(n, r.Concurrency, u, Part.Centre, "ticket.reclassify", (t, by, at) => t.Reclassify(by, at, kind, limits.DaysFor(kind, t.Channel), calendar.Schedule), ct);

    /// <summary>合并: a repeat goes into the open ticket it repeats (only one the duplicate check offers).</summary>
    public async Task<Outcome<TicketView>> MergeAsync(string n, MergeTicketRequest r, ClaimsPrincipal u, CancellationToken ct)
    {
        var ticket = await db.Tickets.AsNoTracking().SingleOrDefaultAsync(x => x.Number == n, ct);
        if (ticket is null || !TicketScope.Sees(u, ticket)) return Outcome<TicketView>.NotFound($"工单 {n} 不存在");
        if (string.IsNullOrWhiteSpace(r.Into) || !(await query.DuplicatesAsync(ticket, ct)).Contains(r.Into))
            return Outcome<TicketView>.Invalid("into", "只能合并到同一诉求人30日内同类、未办结的工单");
        var other = await db.Tickets.Include(x => x.Events).SingleAsync(x => x.Number == r.Into, ct);
        return await ActAsync(n, r.Concurrency, u, Part.Centre, "ticket.merge", (t, by, at) => t.MergeInto(by, at, other), ct);
    }

    private async Task<Outcome<TicketView>> ActAsync(string number, Guid? concurrency, ClaimsPrincipal user, Part part, string action, Action<Ticket, string, DateTimeOffset> act, CancellationToken ct)
    {
        var t = await db.Tickets.Include(x => x.Events).SingleOrDefaultAsync(x => x.Number == number, ct);
        if (t is null || !TicketScope.Sees(user, t)) return Outcome<TicketView>.NotFound($"工单 {number} 不存在");
        var allowed = part == Part.Centre ? TicketScope.IsCentre(user) : TicketScope.IsLeadOf(user, t);
        if (!allowed) return Outcome<TicketView>.Forbidden(part == Part.Centre ? "该操作由12345热线中心办理" : "该操作由主办单位办理");
        if (concurrency is { } token && token != t.Concurrency) return Outcome<TicketView>.Conflict("工单已被他人处理，请刷新后再操作");
        try { act(t, user.Identity!.Name!, clock.GetUtcNow()); }
        catch (TicketTransitionException e) { return e.Field is { } field ? Outcome<TicketView>.Invalid(field, e.Message) : Outcome<TicketView>.Conflict(e.Message); }
        audit.Record(user, action, $"ticket:{number}", t.Events[^1].Action);
        try { await unitOfWork.CommitAsync(ct); }
        catch (DbUpdateConcurrencyException) { return Outcome<TicketView>.Conflict("工单已被他人处理，请刷新后再操作"); }
        return Outcome<TicketView>.Ok(await query.ViewAsync(t, user, ct));
    }
}
