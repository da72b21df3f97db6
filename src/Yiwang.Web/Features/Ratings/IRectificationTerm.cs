namespace Yiwang.Web.Features.Ratings;

/// <summary>
/// How many working days a department has to rectify a 差评 and answer the rater. The 效能监察员 sets
/// it with the other supervision rules, so Supervision provides it (Ratings names the need and stays
/// below Supervision, which watches the rectifications).
/// </summary>
internal interface IRectificationTerm
{
    Task<int> WorkingDaysAsync(CancellationToken ct);
}
