using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Data;

namespace Yiwang.Web.Common.Notifications;

/// <summary>
/// How many of the signed-in account's messages are unread (the badge on 我的 and 个人中心). The layout
/// asks while the page below it runs its own queries, so it reads through a context of its own (a
/// DbContext takes one operation at a time).
/// </summary>
internal sealed class UnreadCount(IServiceScopeFactory scopes)
{
    public async Task<int> OfAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.AccountId() is not { } id || user.IsStaff()) return 0;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<YiwangDb>();
        return await db.Messages.CountAsync(m => m.AccountId == id && m.ReadAt == null, ct);
    }
}
