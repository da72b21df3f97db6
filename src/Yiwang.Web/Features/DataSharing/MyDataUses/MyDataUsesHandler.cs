using System.Security.Claims;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.DataSharing.MyDataUses;

/// <summary>我的数据使用记录: who used the signed-in holder's licences and base-library records, for what, and when.</summary>
internal sealed class MyDataUsesHandler(YiwangDb db, PersonalDataProtector protector)
{
    public Task<List<DataUse>> MineAsync(ClaimsPrincipal user, CancellationToken ct) => DataUses.MineAsync(db, protector, user.AccountId(), ct);
}
