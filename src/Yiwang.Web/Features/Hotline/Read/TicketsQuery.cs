using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Hotline.Read;

internal sealed record TicketRow(string Number, string Kind, string Category, string Channel, string Status, TicketStatus StatusCode, bool Priority, string? LeadDepartment,
    DateTimeOffset ReceivedAt, DateOnly? Due, bool Overdue, string Summary);

/// <summary>
/// Tickets as each reader may see them: the centre's queue (new, returned, awaiting review, overdue
/// first; 政企通 and 办不成事 before the rest), a department's own, a caller's own; and one ticket in full.
/// </summary>
internal sealed class TicketsQuery(YiwangDb db, TimeProvider clock)
{
    public const int PageSize = 50;

    public async Task<Outcome<TicketView>> ReadAsync(string number, ClaimsPrincipal user, CancellationToken ct)
    {
        var t = await db.Tickets.AsNoTracking().Include(x => x.Events).SingleOrDefaultAsync(x => x.Number == number, ct);
        if (t is null || !TicketScope.Sees(user, t)) return Outcome<TicketView>.NotFound($"工单 {number} 不存在");
        return Outcome<TicketView>.Ok(await ViewAsync(t, user, ct));
    }

    public async Task<TicketView> ViewAsync(Ticket t, ClaimsPrincipal user, CancellationToken ct)
    {
        var view = TicketView.Of(t, user, await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct),
            await db.TicketCategories.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name, ct), clock.Today());
        return TicketScope.IsCentre(user) && t.Status is TicketStatus.Received or TicketStatus.Returned ? view with { PossibleDuplicates = await DuplicatesAsync(t, ct) } : view;
    }

    /// <summary>重复诉求: open tickets of the same caller (phone or account) in the same category, received within the last 30 days.</summary>
    public async Task<List<string>> DuplicatesAsync(Ticket t, CancellationToken ct)
    {
        if (t.CallerPhoneIndex is null && t.CallerAccountId is null) return [];
        var since = t.ReceivedAt.AddDays(-30);
        return await db.Tickets.AsNoTracking()
            .Where(o => o.Id != t.Id && o.Status != TicketStatus.Closed && o.CategoryCode == t.CategoryCode && o.ReceivedAt >= since
                        && ((t.CallerPhoneIndex != null && o.CallerPhoneIndex == t.CallerPhoneIndex) || (t.CallerAccountId != null && o.CallerAccountId == t.CallerAccountId)))
            .OrderBy(o => o.Id).Select(o => o.Number).Take(10).ToListAsync(ct);
    }

    public async Task<Outcome<List<TicketRow>>> ListAsync(TicketStatus? status, int page, ClaimsPrincipal user, CancellationToken ct)
    {
        IQueryable<Ticket> q = db.Tickets.AsNoTracking();
        if (TicketScope.SeesAll(user)) { }
        else if (user.IsStaff() && user.Meets(Common.Auth.Policy.DepartmentWork) && user.DepartmentId() is { } d)
        {
            q = q.Where(t => t.LeadDepartmentId == d);
        }
        else if (!user.IsStaff() && user.AccountId() is { } me) q = q.Where(t => t.CallerAccountId == me);
        else return Outcome<List<TicketRow>>.Forbidden("无权查看工单");
        if (status is { } s) q = q.Where(t => t.Status == s);
        var today = clock.Today();
        var rows = await q.OrderBy(t => t.Status == TicketStatus.Closed).ThenByDescending(t => t.Priority).ThenBy(t => t.Due == null ? 0 : 1).ThenBy(t => t.Due).ThenBy(t => t.Id)
            .Skip((Math.Max(1, page) - 1) * PageSize).Take(PageSize)
            .Select(t => new { t.Number, t.Kind, t.CategoryCode, t.Channel, t.Status, t.Priority, t.LeadDepartmentId, t.ReceivedAt, t.Due, t.Content }).ToListAsync(ct);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(x => x.Id, x => x.Name, ct);
        var categories = await db.TicketCategories.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name, ct);
        return Outcome<List<TicketRow>>.Ok(rows.Select(t => new TicketRow(t.Number, t.Kind.Label(), categories.GetValueOrDefault(t.CategoryCode, t.CategoryCode), t.Channel.Label(),
            t.Status.Label(), t.Status, t.Priority, t.LeadDepartmentId is { } l ? departments.GetValueOrDefault(l) : null, t.ReceivedAt, t.Due,
            t.Due is { } due && t.Status != TicketStatus.Closed && today > due, t.Content.Length > 60 ? t.Content[..60] + "…" : t.Content)).ToList());
    }
}
