using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Accounts;

namespace Yiwang.Web.Common.Notifications;

public sealed record MessageView(long Id, DateTimeOffset At, string Title, string Body, string? CaseNumber, bool Read);

/// <summary>The signed-in account's messages, newest first; reading them on the page marks them read.</summary>
public static class Inbox
{
    public static async Task<List<MessageView>> ListAsync(YiwangDb db, ClaimsPrincipal user, bool markRead, CancellationToken ct)
    {
        var id = user.AccountId();
        var rows = await db.Messages.Where(m => m.AccountId == id).OrderByDescending(m => m.Id).Take(200).ToListAsync(ct);
        var views = rows.Select(m => new MessageView(m.Id, m.At, m.Title, m.Body, m.CaseNumber, m.ReadAt is not null)).ToList();
        if (markRead && rows.Any(m => m.ReadAt is null))
        {
            var now = DateTimeOffset.UtcNow;
            foreach (var m in rows.Where(m => m.ReadAt is null)) m.ReadAt = now;
            await db.SaveChangesAsync(ct);
        }
        return views;
    }
}
