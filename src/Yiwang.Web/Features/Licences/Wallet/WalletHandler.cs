using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Licences.Wallet;

/// <summary>A licence in its holder's wallet (卡包).</summary>
internal sealed record WalletLicence(Guid Id, string Number, string TypeName, string IssuerName, DateOnly IssuedOn, DateOnly? ValidUntil, string StatusName,
    IReadOnlyDictionary<string, string> Fields, string? CaseNumber);

/// <summary>我的卡包: the licences the signed-in account holds, newest first, each with its state today.</summary>
internal sealed class WalletHandler(YiwangDb db, PersonalDataProtector protector, TimeProvider clock)
{
    public async Task<List<WalletLicence>> MineAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.AccountId() is not { } holder) return [];
        var today = clock.Today();
        return (await (await LicenceHolding.HeldByAsync(db, protector, holder, ct)).OrderByDescending(l => l.IssuedAt).ToListAsync(ct))
            .Select(l => new WalletLicence(l.Id, l.Number, l.TypeName, l.IssuerName, l.IssuedOn, l.ValidUntil, l.StatusOn(today).Label(), l.Fields, l.CaseNumber)).ToList();
    }
}
