using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Ratings.MyRatings;

/// <summary>One rating the signed-in person gave.</summary>
internal sealed record MyRating(string CaseNumber, string ItemName, string LevelName, bool Bad, DateTimeOffset RatedAt);

/// <summary>我的评价: the ratings the signed-in account gave, newest first (GET /api/v1/ratings/mine).</summary>
internal sealed class MyRatingsHandler(YiwangDb db)
{
    public async Task<List<MyRating>> MineAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.AccountId() is not { } me || user.IsStaff()) return [];
        return (await db.Ratings.AsNoTracking().Where(r => r.ApplicantId == me).OrderByDescending(r => r.Id).Take(100)
                .Select(r => new { r.CaseNumber, r.ItemName, r.Level, r.RatedAt }).ToListAsync(ct))
            .Select(r => new MyRating(r.CaseNumber, r.ItemName, r.Level.Label(), r.Level <= RatingLevel.Dissatisfied, r.RatedAt)).ToList();
    }
}
