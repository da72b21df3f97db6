using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Identity;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Accounts;

namespace Yiwang.Web.Features.Cases.Read;

/// <summary>
/// Who did something to a case, as a person is told it: staff by their name (which names their
/// window or department), the applicant as 申请人, anyone else on the applicant's side (an agent) by
/// their masked name. Login names are never shown; events keep them for the audit and for "my own
/// last step".
/// </summary>
internal sealed class ActorNames(YiwangDb db)
{
    public async Task<Func<string, string>> OfAsync(IEnumerable<string?> logins, Guid? applicantId, CancellationToken ct)
    {
        var wanted = logins.OfType<string>().Distinct().ToList();
        var known = await db.Users.AsNoTracking().Where(u => wanted.Contains(u.UserName!))
            .Select(u => new { u.UserName, u.Id, u.Kind, u.DisplayName }).ToListAsync(ct);
        var names = known.ToDictionary(u => u.UserName!, u =>
            u.Kind == AccountKind.Staff ? u.DisplayName
            : u.Id == applicantId ? "申请人"
            : "经办人 " + Mask.PersonName(u.DisplayName));
        return login => names.GetValueOrDefault(login) ?? login; // system actors (一件事联办, 系统) keep their own names
    }

    /// <summary>The case's timeline and assignee by name; staff keep the login beside it (their own steps are found by it).</summary>
    public async Task<CaseView> NamedAsync(CaseView view, Guid? applicantId, ClaimsPrincipal viewer, CancellationToken ct)
    {
        var name = await OfAsync(view.Timeline.Select(t => t.Actor).Append(view.Assignee), applicantId, ct);
        var staff = viewer.IsStaff();
        return view with
        {
            Timeline = view.Timeline.Select(t => t with { ActorName = name(t.Actor), Actor = staff ? t.Actor : name(t.Actor) }).ToList(),
            AssigneeName = view.Assignee is { } a ? name(a) : null,
            Assignee = staff ? view.Assignee : null,
        };
    }
}
