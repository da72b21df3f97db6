using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Licences.Revoke;

internal sealed record RevokeLicenceRequest(string? Reason);

internal sealed record RevokedLicence(Guid Id, string Number, string Status);

/// <summary>注销（吊销）: the issuing department's approvers and admin revoke a licence in force, with the reason and its basis (audited).</summary>
internal sealed class RevokeLicenceHandler(YiwangDb db, UnitOfWork unitOfWork, AuditLog audit)
{
    public async Task<Outcome<RevokedLicence>> HandleAsync(Guid id, RevokeLicenceRequest r, ClaimsPrincipal user, CancellationToken ct)
    {
        var l = await db.Licences.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (l is null || !user.Meets(Policy.DepartmentWork))
            return Outcome<RevokedLicence>.NotFound("证照不存在");
        if (user.DepartmentId() != l.IssuerDepartmentId) return Outcome<RevokedLicence>.Forbidden("只能注销本部门签发的证照");
        if (string.IsNullOrWhiteSpace(r.Reason)) return Outcome<RevokedLicence>.Invalid("reason", "注销（吊销）须说明理由和依据");
        if (l.Status != LicenceStatus.Valid) return Outcome<RevokedLicence>.Conflict($"证照已{l.Status.Label()}");
        l.Revoke(r.Reason.Trim());
        audit.Record(user, "licence.revoke", $"licence:{l.Number}", r.Reason.Trim());
        await unitOfWork.CommitAsync(ct);
        return Outcome<RevokedLicence>.Ok(new RevokedLicence(l.Id, l.Number, l.Status.Label()));
    }
}
