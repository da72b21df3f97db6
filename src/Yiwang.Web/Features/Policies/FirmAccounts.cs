using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Policies;

/// <summary>The legal-person accounts bound to firms, by credit code: who is told of a match, an offer or a payout.</summary>
internal static class FirmAccounts
{
    /// <summary>Every firm's accounts (<paramref name="codes"/> null), or those of the firms named.</summary>
    public static async Task<ILookup<string, Guid>> OfAsync(YiwangDb db, IReadOnlyCollection<string>? codes, CancellationToken ct) =>
        (await db.Users.AsNoTracking().Where(u => u.Kind == Accounts.AccountKind.LegalPerson && u.CreditCode != null && (codes == null || codes.Contains(u.CreditCode)))
            .Select(u => new { u.Id, u.CreditCode }).ToListAsync(ct)).ToLookup(u => u.CreditCode!, u => u.Id);
}
