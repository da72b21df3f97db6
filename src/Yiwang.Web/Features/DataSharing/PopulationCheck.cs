using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Common.Identity;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.DataSharing;

/// <summary>
/// 实名核验 against the 人口库: a yes or no for a name and ID number, no field of the record given out.
/// The read is a 数据访问日志 entry on disk before the answer (the person finds it among the uses of their data).
/// </summary>
internal sealed class PopulationCheck(YiwangDb db, PersonalDataProtector protector, DataAccessLog log, TimeProvider clock, IHttpContextAccessor http)
    : Accounts.Assurance.IPopulationRegister
{
    public async Task<bool> MatchesAsync(string accessor, bool byStaff, string name, string idNumber, string purpose, CancellationToken ct)
    {
        var index = protector.BlindIndex(ResidentIdNumber.Normalize(idNumber));
        var recorded = await db.PersonRecords.AsNoTracking().Where(p => p.IdNumberIndex == index).Select(p => p.Name).FirstOrDefaultAsync(ct);
        var matches = recorded is not null && recorded == name.Trim();
        await log.RecordAsync(new DataAccess
        {
            At = clock.GetUtcNow(), Library = BaseLibrary.Population, AccessorKind = byStaff ? AccessorKind.Staff : AccessorKind.Applicant, Accessor = accessor,
            SubjectIndex = index, Subject = $"{Mask.PersonName(name)}（{Mask.IdNumber(idNumber)}）", Fields = "name,idNumber（仅比对）", Purpose = purpose,
            Result = recorded is null ? AccessResult.NotFound : AccessResult.Granted, Ip = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        }, ct);
        return matches;
    }
}
