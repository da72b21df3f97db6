namespace Yiwang.Web.Features.Indicators.Rollup;

/// <summary>
/// 日汇总: what happened to the cases of one item of one department on one day (Beijing time; for
/// today, up to the last run), so that a year of the dashboard sums a few hundred rows instead of millions of cases.
/// </summary>
internal sealed class DailyFigure
{
    public DateOnly Day { get; init; }
    public int DepartmentId { get; init; }
    public required string ItemCode { get; init; }
    public int Submitted { get; init; }
    public int Accepted { get; init; }
    public int Decided { get; init; }
    public int DecidedRated { get; init; }
    public int Closed { get; init; }
    public int ClosedTrips { get; init; }
    public int Ratings { get; init; }
    public int GoodRatings { get; init; }
    /// <summary>Required materials of the cases submitted that day, and how many of them the platform drew from its libraries.</summary>
    public int MaterialsRequired { get; init; }
    public int MaterialsDrawn { get; init; }

    public FigureCounts Counts => new(Submitted, Accepted, Decided, DecidedRated, Closed, ClosedTrips, Ratings, GoodRatings, MaterialsRequired, MaterialsDrawn);
}

/// <summary>
/// The rollup state of one day: its rows count what happened before <see cref="RolledUntil"/> (the
/// day's end once it is over; earlier for today). <see cref="Marks"/> counts the changes that reached
/// back before that instant (a recalled decision, a late rating); the rows are current when they were
/// rolled at the latest mark. A mark that lands while the day is being rolled leaves it for the next run.
/// </summary>
internal sealed class FigureDay
{
    public DateOnly Day { get; init; }
    public long Marks { get; set; }
    public long? RolledMarks { get; set; }
    public DateTimeOffset? RolledUntil { get; set; }
    public DateTimeOffset? RolledAt { get; set; }
}

/// <summary>The counts the case indicators are made of, for any set of days, departments and items.</summary>
internal readonly record struct FigureCounts(int Submitted, int Accepted, int Decided, int DecidedRated, int Closed, int ClosedTrips, int Ratings, int GoodRatings,
    int MaterialsRequired = 0, int MaterialsDrawn = 0)
{
    public static FigureCounts operator +(FigureCounts a, FigureCounts b) => new(a.Submitted + b.Submitted, a.Accepted + b.Accepted, a.Decided + b.Decided,
        a.DecidedRated + b.DecidedRated, a.Closed + b.Closed, a.ClosedTrips + b.ClosedTrips, a.Ratings + b.Ratings, a.GoodRatings + b.GoodRatings,
        a.MaterialsRequired + b.MaterialsRequired, a.MaterialsDrawn + b.MaterialsDrawn);

    public bool IsEmpty => this == default;
}

internal readonly record struct FigureKey(int DepartmentId, string ItemCode);
