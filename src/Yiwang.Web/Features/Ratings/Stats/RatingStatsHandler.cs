using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Ratings.Stats;

/// <summary>One department's 好差评 figures: the public page and the API show the same numbers.</summary>
internal sealed record DepartmentRatingStats(int DepartmentId, string Department, int Ratings, int Good, int Fair, int Bad, double SatisfactionRate,
    int Rectified, int RectificationsOpen, double? AverageScore);

/// <summary>
/// 好差评 statistics per department (公开): satisfaction = (非常满意 + 满意 + 基本满意) ÷ ratings;
/// rectified = 差评 with 整改完成 (or judged 无效 / 无法整改 on appeal).
/// </summary>
internal sealed class RatingStatsHandler(YiwangDb db)
{
    public async Task<List<DepartmentRatingStats>> HandleAsync(DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var q = db.Ratings.AsNoTracking();
        // Instants in UTC: PostgreSQL takes no other offset.
        if (from is { } f) { var start = Common.Time.ChinaTime.StartOf(f); q = q.Where(r => r.RatedAt >= start); }
        if (to is { } t) { var end = Common.Time.ChinaTime.EndOf(t); q = q.Where(r => r.RatedAt < end); }
        var rows = await q.GroupBy(r => new { r.DepartmentId, r.Level }).Select(g => new { g.Key.DepartmentId, g.Key.Level, Count = g.Count() }).ToListAsync(ct);
        var rect = await db.Rectifications.AsNoTracking().Where(x => q.Any(r => r.Id == x.RatingId))
            .GroupBy(x => new { x.DepartmentId, x.Status }).Select(g => new { g.Key.DepartmentId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var names = await Organization.DepartmentNames.OfAsync(db, rows.Select(r => r.DepartmentId), ct);
        return rows.GroupBy(r => r.DepartmentId).Select(g =>
        {
            int Count(Func<RatingLevel, bool> p) => g.Where(r => p(r.Level)).Sum(r => r.Count);
            var total = Count(_ => true);
            var bad = Count(l => l <= RatingLevel.Dissatisfied);
            var mine = rect.Where(x => x.DepartmentId == g.Key).ToList();
            return new DepartmentRatingStats(g.Key, names.GetValueOrDefault(g.Key, "?"), total, Count(l => l >= RatingLevel.Satisfied), Count(l => l == RatingLevel.Fair),
                bad, total == 0 ? 0 : Math.Round((total - bad) * 100.0 / total, 1),
                mine.Where(x => x.Status is RectificationStatus.Done or RectificationStatus.Invalid or RectificationStatus.CannotRectify).Sum(x => x.Count),
                mine.Where(x => x.Status is RectificationStatus.Pending or RectificationStatus.InProgress or RectificationStatus.AppealPending).Sum(x => x.Count),
                total == 0 ? null : Math.Round(g.Sum(r => (int)r.Level * r.Count) / (double)total, 2));
        }).OrderByDescending(s => s.Ratings).ThenBy(s => s.Department, StringComparer.Ordinal).ToList();
    }
}
