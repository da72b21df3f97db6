using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Accounts;

namespace Yiwang.Web.Features.DataSharing;

/// <summary>
/// Reads the 法人库 record an application form is prefilled from (a legal person's name, address and
/// legal representative from its credit code); every read is written to the 数据访问日志.
/// </summary>
public sealed class LegalEntityPrefill(YiwangDb db, DataAccessLog log, PersonalDataProtector protector, TimeProvider clock, IHttpContextAccessor http)
{
    /// <summary>A reader for ApplicationForm.PrefillAsync: the user filling the form, for the given purpose.</summary>
    public Func<string, IReadOnlyList<string>, Task<LegalEntityRecord?>> For(ClaimsPrincipal user, string purpose, CancellationToken ct) => async (code, fields) =>
    {
        var record = await db.LegalEntityRecords.AsNoTracking().SingleOrDefaultAsync(r => r.CreditCode == code, ct);
        await log.RecordAsync(new DataAccess
        {
            At = clock.GetUtcNow(), Library = BaseLibrary.LegalEntity, AccessorKind = user.IsStaff() ? AccessorKind.Staff : AccessorKind.Applicant,
            Accessor = user.Identity?.Name ?? "anonymous", DepartmentId = user.DepartmentId(), SubjectIndex = protector.BlindIndex(code),
            Subject = record is null ? code : $"{record.Name}（{code}）", Fields = string.Join(",", fields), Purpose = purpose,
            Result = record is null ? AccessResult.NotFound : AccessResult.Granted, Ip = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        }, ct);
        return record;
    };
}
