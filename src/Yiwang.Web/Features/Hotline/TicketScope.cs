using System.Security.Claims;
using Yiwang.Web.Common.Auth;
using AuthPolicy = Yiwang.Web.Common.Auth.Policy;

namespace Yiwang.Web.Features.Hotline;

/// <summary>
/// Who sees which ticket: the centre's agents and oversight all of them; a department's staff the
/// tickets it leads or assists on; a signed-in caller their own. A 举报 reporter is known to the centre only.
/// </summary>
internal static class TicketScope
{
    public static bool IsCentre(ClaimsPrincipal user) => user.Meets(AuthPolicy.HotlineCentre);

    public static bool SeesAll(ClaimsPrincipal user) => IsCentre(user) || user.Meets(AuthPolicy.Oversight);

    public static bool IsDepartmentOf(ClaimsPrincipal user, Ticket t) =>
        user.Meets(AuthPolicy.DepartmentWork) && user.DepartmentId() is { } d && (t.LeadDepartmentId == d || t.CoDepartmentIds.Contains(d));

    public static bool IsLeadOf(ClaimsPrincipal user, Ticket t) => user.Meets(AuthPolicy.DepartmentWork) && user.DepartmentId() is { } d && t.LeadDepartmentId == d;

    public static bool IsCaller(ClaimsPrincipal user, Ticket t) => t.CallerAccountId is { } id && user.AccountId() == id;

    public static bool Sees(ClaimsPrincipal user, Ticket t) => SeesAll(user) || IsDepartmentOf(user, t) || IsCaller(user, t);

    /// <summary>The caller as this reader may see them: hidden from departments for a 举报, masked for everyone else, their own name for the caller.</summary>
    public static (string Name, string Phone) Caller(ClaimsPrincipal user, Ticket t)
    {
        if (t.Anonymous) return ("匿名", "—");
        if (IsCaller(user, t)) return (t.CallerName ?? "—", Common.Identity.Mask.Phone(t.CallerPhone));
        if (t.Kind == TicketKind.Report && !SeesAll(user)) return ("举报人信息保密", "保密");
        return (Common.Identity.Mask.PersonName(t.CallerName), Common.Identity.Mask.Phone(t.CallerPhone));
    }
}
