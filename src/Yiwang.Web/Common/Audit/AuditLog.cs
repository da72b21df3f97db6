using System.Security.Claims;
using Yiwang.Web.Data;

namespace Yiwang.Web.Common.Audit;

/// <summary>Appends audit entries to the caller's unit of work (saved with the change it records).</summary>
public sealed class AuditLog(YiwangDb db, TimeProvider clock, IHttpContextAccessor http)
{
    public void Record(ClaimsPrincipal actor, string action, string subject, string? detail = null) => db.AuditEntries.Add(Entry(actor, action, subject, detail));

    /// <summary>An entry for a unit of work other than the caller's (one that commits with a case, say): the caller adds it there.</summary>
    public AuditEntry Entry(ClaimsPrincipal actor, string action, string subject, string? detail = null) => new()
    {
        At = clock.GetUtcNow(),
        Actor = actor.Identity?.Name ?? "anonymous",
        Action = action,
        Subject = subject,
        Detail = detail,
        Ip = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
    };
}
