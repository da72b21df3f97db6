using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Accounts;

/// <summary>
/// The keyed hash an account's records are found by elsewhere (licences, the base libraries): a
/// person's ID number's, an organisation's credit code's (not its legal representative's ID number:
/// those records are the representative's own). Only an L3 account has any: a record is bound to
/// an account only once the account is proven to be its subject (实人认证, or the representative's
/// confirmation of a legal person).
/// </summary>
internal static class AccountSubjects
{
    public static async Task<List<string>> IndexesAsync(YiwangDb db, PersonalDataProtector protector, Guid account, CancellationToken ct)
    {
        var a = await db.Users.AsNoTracking().Where(u => u.Id == account).Select(u => new { u.Kind, u.IdNumberIndex, u.CreditCode, u.Assurance }).SingleOrDefaultAsync(ct);
        if (a is null || a.Assurance < Assurance.AssuranceLevel.L3) return [];
        var index = a.Kind switch
        {
            AccountKind.NaturalPerson => a.IdNumberIndex,
            AccountKind.LegalPerson when a.CreditCode is { } code => protector.BlindIndex(code),
            _ => null,
        };
        return index is null ? [] : [index];
    }
}
