using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Data;

namespace Yiwang.Web.Common.Notifications;

/// <summary>How many of the signed-in account's messages are unread (the badge on 我的 and 个人中心).</summary>
internal sealed class UnreadCount(YiwangDb db)
{
    public async Task<int> OfAsync(ClaimsPrincipal user, CancellationToken ct) =>
        user.AccountId() is { } id && !user.IsStaff() ? await db.Messages.CountAsync(m => m.AccountId == id && m.ReadAt == null, ct) : 0;
}
