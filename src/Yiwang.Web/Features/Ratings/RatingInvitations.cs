using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Notifications;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Web.Features.Ratings;

/// <summary>A case decided three days ago and still unrated gets one invitation to rate (an in-site message with the rating link).</summary>
internal sealed class RatingInvitations(YiwangDb db, TimeProvider clock)
{
    public static readonly TimeSpan After = TimeSpan.FromDays(3);

    public async Task<int> SendAsync(CancellationToken ct)
    {
        var cutoff = clock.GetUtcNow() - After;
        var today = clock.Today();
        var due = await db.Cases.AsNoTracking()
            .Where(c => c.RatingInvitedOn == null && c.DecidedAt != null && c.DecidedAt <= cutoff && c.ApplicantId != null
                        && (c.Status == CaseStatus.Decided || c.Status == CaseStatus.Closed) && !db.Ratings.Any(r => r.CaseId == c.Id && r.Service == RatedService.Case))
            .OrderBy(c => c.Id).Take(1000).Select(c => new { c.Id, c.Number, c.ItemName, c.ApplicantId }).ToListAsync(ct);
        if (due.Count == 0) return 0;
        foreach (var c in due)
            Inbox.Add(db, c.ApplicantId!.Value, clock.GetUtcNow(), "邀请您评价", $"您办理的“{c.ItemName}”（{c.Number}）已办结，欢迎对本次服务作出评价：/rate/{c.Number}", c.Number);
        var ids = due.Select(c => c.Id).ToList();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // Only cases not invited meanwhile by another server get the message.
        var marked = await db.Cases.Where(c => ids.Contains(c.Id) && c.RatingInvitedOn == null).ExecuteUpdateAsync(s => s.SetProperty(c => c.RatingInvitedOn, today), ct);
        if (marked != ids.Count) { await tx.RollbackAsync(ct); db.ChangeTracker.Clear(); return 0; }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return ids.Count;
    }
}
