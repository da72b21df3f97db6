using System.Security.Claims;
using Yiwang.Web.Data;

namespace Yiwang.Web.Common.Audit;

/// <summary>Appends audit entries to the caller's unit of work (saved with the change it records).</summary>
internal sealed class AuditLog(YiwangDb db, TimeProvider clock, IHttpContextAccessor http)
{
    public void Record(ClaimsPrincipal actor, string action, string subject, string? detail = null) => db.AuditEntries.Add(Prepare(actor, action)(subject, detail));

    /// <summary>An entry for what follows from a named actor's action (a reaction to a domain event), from the request's address.</summary>
    public void Record(string actor, string action, string subject, string? detail = null) => db.AuditEntries.Add(Prepare(actor, action)(subject, detail));

    /// <summary>
    /// An entry stamped now with who, when and from where, whose subject and detail come later (a case
    /// not numbered yet), for a unit of work other than the caller's: the caller adds it there.
    /// </summary>
    public Func<string, string?, AuditEntry> Prepare(ClaimsPrincipal actor, string action) => Prepare(actor.Identity?.Name ?? "anonymous", action);

    private Func<string, string?, AuditEntry> Prepare(string who, string action)
    {
        var (at, ip) = (clock.GetUtcNow(), http.HttpContext?.Connection.RemoteIpAddress?.ToString());
        return (subject, detail) => new AuditEntry { At = at, Actor = who, Action = action, Subject = subject, Detail = detail, Ip = ip };
    }
}
