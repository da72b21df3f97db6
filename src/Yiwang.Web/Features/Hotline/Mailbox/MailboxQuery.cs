using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Hotline.Mailbox;

internal sealed record PublishedLetter(string Number, string Category, string Kind, string Content, DateOnly ReceivedOn, string Reply, DateOnly RepliedOn, string? Department);

internal sealed record MailboxStats(int Received, int Replied, int RepliedOnTime);

internal sealed record MailboxView(MailboxStats Stats, IReadOnlyList<PublishedLetter> Letters);

/// <summary>
/// 市长信箱, in public: the letters whose writers allowed publication, with their reviewed replies
/// (no names or numbers of the writer), and how many letters came in and were answered on time.
/// </summary>
internal sealed class MailboxQuery(YiwangDb db)
{
    public async Task<MailboxView> HandleAsync(CancellationToken ct)
    {
        var letters = db.Tickets.AsNoTracking().Where(t => t.Channel == TicketChannel.MayorMailbox);
        var received = await letters.CountAsync(ct);
        // A letter is replied once the centre passed its reply; on time when that was by its due date.
        var replied = await letters.Where(t => t.ApprovedReply != null)
            .Select(t => new { t.Number, t.CategoryCode, t.Kind, t.Content, t.ReceivedOn, t.ApprovedReply, t.Due, t.MayPublish, t.LeadDepartmentId,
                Passed = t.Events.Where(e => e.Action == "审核通过" || e.Action == "直接答复办结").Max(e => (DateTimeOffset?)e.At) })
            .ToListAsync(ct);
        var onTime = replied.Count(r => r.Passed is { } at && (r.Due is null || Common.Time.ChinaTime.Date(at) <= r.Due));
        var categories = await db.TicketCategories.AsNoTracking().ToDictionaryAsync(c => c.Code, c => c.Name, ct);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var published = replied.Where(r => r.MayPublish).OrderByDescending(r => r.Passed).Take(100)
            .Select(r => new PublishedLetter(r.Number, categories.GetValueOrDefault(r.CategoryCode, ""), r.Kind.Label(), r.Content, r.ReceivedOn, r.ApprovedReply!,
                Common.Time.ChinaTime.Date(r.Passed!.Value), r.LeadDepartmentId is { } d ? departments.GetValueOrDefault(d) : null)).ToList();
        return new MailboxView(new MailboxStats(received, replied.Count, onTime), published);
    }
}
