using System.Security.Claims;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.DataSharing;

/// <summary>
/// Reads the 法人库 record an application form is prefilled from (a legal person's name, address and
/// legal representative from its credit code). Each read becomes a 数据访问日志 entry that commits with
/// the application it fills, naming its case: the record's data leaves the server only in that case.
/// </summary>
internal sealed class LegalEntityPrefill(YiwangDb db, LegalEntityCache cache, PersonalDataProtector protector, TimeProvider clock, IHttpContextAccessor http)
    : Cases.Submit.IOrganisationRegister
{
    public Cases.Submit.OrganisationReads Open(ClaimsPrincipal user, string purpose, CancellationToken ct)
    {
        var reads = new List<DataAccess>();
        return new(async (code, fields) =>
        {
            var record = await cache.FindAsync(db, code, ct);
            reads.Add(new DataAccess
            {
                At = clock.GetUtcNow(), Library = BaseLibrary.LegalEntity, AccessorKind = user.IsStaff() ? AccessorKind.Staff : AccessorKind.Applicant,
                Accessor = user.Identity?.Name ?? "anonymous", DepartmentId = user.DepartmentId(), SubjectIndex = protector.BlindIndex(code),
                Subject = record is null ? code : $"{record.Name}（{code}）", Fields = string.Join(",", fields), Purpose = purpose,
                Result = record is null ? AccessResult.NotFound : AccessResult.Granted, Ip = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
            });
            return record is null ? null : new Cases.Submit.OrganisationFacts(record.Name, record.Address, record.LegalRepresentative);
        }, number => reads.Select(r => r.ForCase(number)).ToList());
    }
}
