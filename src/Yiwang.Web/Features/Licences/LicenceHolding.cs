using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Licences;

/// <summary>
/// The licences an account holds: those issued to it, and those held under its ID number (a person) or
/// credit code (an organisation), found by keyed hash — licences imported before the holder registered included.
/// </summary>
internal static class LicenceHolding
{
    public static async Task<IQueryable<Licence>> HeldByAsync(YiwangDb db, PersonalDataProtector protector, Guid account, CancellationToken ct)
    {
        var indexes = await Accounts.AccountSubjects.IndexesAsync(db, protector, account, ct);
        return db.Licences.AsNoTracking().Where(l => l.HolderAccountId == account || indexes.Contains(l.HolderIndex));
    }
}
