using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Events;
using Yiwang.Web.Data;

namespace Yiwang.Web.Common.Notifications;

internal sealed record MessageView(long Id, DateTimeOffset At, string Title, string Body, string? CaseNumber, bool Read);

/// <summary>
/// 站内消息: the one way a feature tells an account something. A message is added to the caller's
/// unit of work (it commits with what it tells of); an SMS, when asked for, goes out once that has
/// committed through <see cref="UnitOfWork"/>. Reading them on the page marks them read.
/// </summary>
internal sealed class Inbox(YiwangDb db, UnitOfWork unitOfWork, INotificationSender sender, AfterCommit after, TimeProvider clock)
{
    public Message Post(Guid accountId, DateTimeOffset at, string title, string body, string? caseNumber = null, bool sms = false)
    {
        var message = Add(db, accountId, at, title, body, caseNumber);
        if (sms)
            after.Add(async ct => await sender.SendAsync((await db.Users.FindAsync([accountId], ct))?.Phone, title, body, ct));
        return message;
    }

    /// <summary>The same, into a unit of work of the caller's own (a background sweep's context): no SMS.</summary>
    public static Message Add(YiwangDb db, Guid accountId, DateTimeOffset at, string title, string body, string? caseNumber = null)
    {
        var message = new Message { AccountId = accountId, At = at, Title = title, Body = body, CaseNumber = caseNumber };
        db.Messages.Add(message);
        return message;
    }

    public async Task<List<MessageView>> ListAsync(ClaimsPrincipal user, bool markRead, CancellationToken ct)
    {
        var id = user.AccountId();
        var rows = await db.Messages.Where(m => m.AccountId == id).OrderByDescending(m => m.Id).Take(200).ToListAsync(ct);
        var views = rows.Select(m => new MessageView(m.Id, m.At, m.Title, m.Body, m.CaseNumber, m.ReadAt is not null)).ToList();
        if (markRead && rows.Any(m => m.ReadAt is null))
        {
            var now = clock.GetUtcNow();
            foreach (var m in rows.Where(m => m.ReadAt is null)) m.ReadAt = now;
            await unitOfWork.CommitAsync(ct);
        }
        return views;
    }
}
