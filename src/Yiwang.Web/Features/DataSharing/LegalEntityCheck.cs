using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Common.Identity;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.DataSharing;

/// <summary>
/// 法定代表人核验 against the 法人库: the representative's ID number compared by its keyed hash, no field
/// given out beyond the name; the read is a 数据访问日志 entry under the organisation.
/// </summary>
internal sealed class LegalEntityCheck(YiwangDb db, PersonalDataProtector protector, DataAccessLog log, TimeProvider clock, IHttpContextAccessor http)
    : Accounts.LegalPersons.ILegalEntityRegister
{
    public async Task<Accounts.LegalPersons.LegalEntityListing?> CheckRepresentativeAsync(string accessor, string creditCode, string representativeIdNumber, string purpose, CancellationToken ct)
    {
        var code = creditCode.Trim().ToUpperInvariant();
        var record = await db.LegalEntityRecords.AsNoTracking().Where(l => l.CreditCode == code)
            .Select(l => new { l.Name, l.LegalRepresentative, l.LegalRepresentativeIdIndex, l.Status }).FirstOrDefaultAsync(ct);
        var matches = record is not null && record.LegalRepresentativeIdIndex == protector.BlindIndex(ResidentIdNumber.Normalize(representativeIdNumber))
            && record.Status is "存续" or "在业";
        await log.RecordAsync(new DataAccess
        {
            At = clock.GetUtcNow(), Library = BaseLibrary.LegalEntity, AccessorKind = AccessorKind.Applicant, Accessor = accessor,
            SubjectIndex = protector.BlindIndex(code), Subject = record is null ? code : $"{record.Name}（{code}）",
            Fields = "legalRepresentative,legalRepresentativeIdNumber（仅比对）", Purpose = purpose,
            Result = record is null ? AccessResult.NotFound : AccessResult.Granted, Ip = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        }, ct);
        return record is null ? null : new Accounts.LegalPersons.LegalEntityListing(record.Name, record.LegalRepresentative, matches);
    }
}
