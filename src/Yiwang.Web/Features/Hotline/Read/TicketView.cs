using System.Security.Claims;

namespace Yiwang.Web.Features.Hotline.Read;

internal sealed record TicketEventView(DateTimeOffset At, string Actor, string Action, string Status, string? Detail);

internal sealed record TicketView(string Number, string Channel, TicketKind KindCode, string Kind, string CategoryCode, string Category, string Content,
    string Caller, string CallerPhone, bool Anonymous, string? Address, string? DivisionCode, string? ItemCode, string? CaseNumber, string? SourceNumber, bool Priority,
    TicketStatus StatusCode, string Status, string? LeadDepartment, IReadOnlyList<string> CoDepartments, DateTimeOffset ReceivedAt, DateOnly? SignDue, DateOnly? Due,
    string DueExplanation, bool Overdue, int? PendingExtensionDays, string? PendingExtensionReason, string? Reply, string? ApprovedReply, bool? Resolved, string? Satisfaction,
    bool Reopened, IReadOnlyList<TicketEventView> Events, Guid Concurrency, string? MergedInto = null, IReadOnlyList<string>? PossibleDuplicates = null)
{
    public static TicketView Of(Ticket t, ClaimsPrincipal user, IReadOnlyDictionary<int, string> departments, IReadOnlyDictionary<string, string> categories, DateOnly today)
    {
        var (name, phone) = TicketScope.Caller(user, t);
        var caller = TicketScope.IsCaller(user, t) && !TicketScope.SeesAll(user) && !TicketScope.IsDepartmentOf(user, t);
        // The caller reads the reply once the centre passed it, and the timeline without the departments' inner steps.
        var events = t.Events.OrderBy(e => e.Sequence)
            .Where(e => !caller || e.Action is "受理" or "派单" or "审核通过" or "回访" or "重办" or "直接答复办结" or "批准延期")
            .Select(e => new TicketEventView(e.At, caller ? "12345热线" : e.Actor, e.Action, e.To.Label(), caller && e.Action == "派单" ? "已转交承办单位办理" : e.Detail)).ToList();
        return new TicketView(t.Number, t.Channel.Label(), t.Kind, t.Kind.Label(), t.CategoryCode, categories.GetValueOrDefault(t.CategoryCode, t.CategoryCode), t.Content,
            name, phone, t.Anonymous, caller || TicketScope.SeesAll(user) || TicketScope.IsDepartmentOf(user, t) ? t.Address : null, t.DivisionCode, t.ItemCode, t.CaseNumber,
            t.SourceNumber, t.Priority, t.Status, t.Status.Label(), t.LeadDepartmentId is { } lead ? departments.GetValueOrDefault(lead) : null,
            t.CoDepartmentIds.Select(d => departments.GetValueOrDefault(d, "")).ToList(), t.ReceivedAt, t.SignDue, t.Due, t.DueExplanation,
            t.Due is { } due && t.Status != TicketStatus.Closed && today > due, t.PendingExtensionDays, t.PendingExtensionReason,
            caller ? null : t.Reply, t.ApprovedReply, t.Resolved, t.Satisfaction?.Label(), t.Reopened, events, t.Concurrency, t.MergedInto);
    }
}
