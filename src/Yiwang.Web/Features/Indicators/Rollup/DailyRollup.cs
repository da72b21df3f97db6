using System.Diagnostics;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Ratings;

namespace Yiwang.Web.Features.Indicators.Rollup;

/// <param name="DaysRolled">Days whose rows were (re)written, today's part included.</param>
/// <param name="RolledUntil">Everything before this instant is now counted from the rows.</param>
internal sealed record RollupResult(int DaysRolled, DateTimeOffset? RolledUntil, double Seconds);

/// <summary>
/// Rolls the days up into <see cref="DailyFigure"/> rows (finished days whole, today up to a few
/// minutes ago) and counts any span of time live from the cases, with the same queries both ways, so
/// a rolled figure equals the live one. A day is rolled again when a change reaches back into it.
/// </summary>
internal sealed class DailyRollup(YiwangDb db, TimeProvider clock, SqliteWriteGate gate)
{
    /// <summary>Writes stamped a moment ago may still be committing: the rollup stops this long before now.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromMinutes(10);

    /// <summary>The counts of what happened in [start, end), per department and item, straight from the cases and ratings.</summary>
    public async Task<Dictionary<FigureKey, FigureCounts>> CountAsync(DateTimeOffset start, DateTimeOffset end, Expression<Func<Case, bool>>? scope, CancellationToken ct)
    {
        var cases = db.Cases.AsNoTracking();
        if (scope is not null) cases = cases.Where(scope);
        var counts = new Dictionary<FigureKey, FigureCounts>();
        void Add(int department, string item, FigureCounts c) =>
            counts[new FigureKey(department, item)] = counts.GetValueOrDefault(new FigureKey(department, item)) + c;
        // The cases of a query counted per department and item, as one kind of count.
        async Task CountEachAsync(IQueryable<Case> q, Func<int, FigureCounts> kind)
        {
            foreach (var g in await q.GroupBy(c => new { c.DepartmentId, c.ItemCode }).Select(g => new { g.Key.DepartmentId, g.Key.ItemCode, N = g.Count() }).ToListAsync(ct))
                Add(g.DepartmentId, g.ItemCode, kind(g.N));
        }

        foreach (var g in await cases.Where(c => c.SubmittedAt >= start && c.SubmittedAt < end)
                     .GroupBy(c => new { c.DepartmentId, c.ItemCode })
                     .Select(g => new { g.Key.DepartmentId, g.Key.ItemCode, N = g.Count(), Required = g.Sum(c => c.MaterialsRequired), Drawn = g.Sum(c => c.MaterialsDrawn) }).ToListAsync(ct))
            Add(g.DepartmentId, g.ItemCode, new FigureCounts { Submitted = g.N, MaterialsRequired = g.Required, MaterialsDrawn = g.Drawn });
        await CountEachAsync(cases.Where(c => c.AcceptedAt >= start && c.AcceptedAt < end), n => new FigureCounts { Accepted = n });
        var decided = cases.Where(c => c.DecidedAt >= start && c.DecidedAt < end);
        await CountEachAsync(decided, n => new FigureCounts { Decided = n });
        await CountEachAsync(decided.Join(db.Ratings.Where(r => r.Service == RatedService.Case), c => c.Id, r => r.CaseId, (c, r) => c), n => new FigureCounts { DecidedRated = n });
        // Only 办结 sets ClosedAt, and nothing leaves 办结.
        foreach (var g in await cases.Where(c => c.ClosedAt >= start && c.ClosedAt < end)
                     .GroupBy(c => new { c.DepartmentId, c.ItemCode }).Select(g => new { g.Key.DepartmentId, g.Key.ItemCode, N = g.Count(), Trips = g.Sum(c => c.Trips) }).ToListAsync(ct))
            Add(g.DepartmentId, g.ItemCode, new FigureCounts { Closed = g.N, ClosedTrips = g.Trips });
        foreach (var g in await db.Ratings.AsNoTracking().Where(r => r.RatedAt >= start && r.RatedAt < end).Join(cases, r => r.CaseId, c => c.Id, (r, c) => new { c.DepartmentId, c.ItemCode, r.Level })
                     .GroupBy(x => new { x.DepartmentId, x.ItemCode })
                     .Select(g => new { g.Key.DepartmentId, g.Key.ItemCode, N = g.Count(), Good = g.Count(x => x.Level > RatingLevel.Dissatisfied) }).ToListAsync(ct))
            Add(g.DepartmentId, g.ItemCode, new FigureCounts { Ratings = g.N, GoodRatings = g.Good });
        return counts;
    }

    /// <summary>The counts of the days from..to: the rolled part of each day from its rows, the rest (today's last minutes, a marked day) live.</summary>
    public async Task<Dictionary<FigureKey, FigureCounts>> PeriodAsync(DateOnly from, DateOnly to, IReadOnlyList<int> departmentIds, CancellationToken ct)
    {
        var rolled = await db.FigureDays.AsNoTracking().Where(d => d.Day >= from && d.Day <= to && d.RolledMarks == d.Marks && d.RolledUntil != null)
            .Select(d => new { d.Day, d.RolledUntil }).ToListAsync(ct);
        var days = rolled.Select(d => d.Day).ToList();
        var counts = days.Count == 0 ? [] : (await db.DailyFigures.AsNoTracking()
                .Where(f => f.Day >= from && f.Day <= to && departmentIds.Contains(f.DepartmentId) && days.Contains(f.Day))
                .GroupBy(f => new { f.DepartmentId, f.ItemCode })
                .Select(g => new
                {
                    g.Key.DepartmentId, g.Key.ItemCode, Submitted = g.Sum(f => f.Submitted), Accepted = g.Sum(f => f.Accepted), Decided = g.Sum(f => f.Decided),
                    DecidedRated = g.Sum(f => f.DecidedRated), Closed = g.Sum(f => f.Closed), ClosedTrips = g.Sum(f => f.ClosedTrips),
                    Ratings = g.Sum(f => f.Ratings), GoodRatings = g.Sum(f => f.GoodRatings),
                    MaterialsRequired = g.Sum(f => f.MaterialsRequired), MaterialsDrawn = g.Sum(f => f.MaterialsDrawn),
                }).ToListAsync(ct))
            .ToDictionary(g => new FigureKey(g.DepartmentId, g.ItemCode),
                g => new FigureCounts(g.Submitted, g.Accepted, g.Decided, g.DecidedRated, g.Closed, g.ClosedTrips, g.Ratings, g.GoodRatings, g.MaterialsRequired, g.MaterialsDrawn));
        foreach (var (start, end) in LiveSpans(from, to, rolled.ToDictionary(d => d.Day, d => d.RolledUntil!.Value)))
            foreach (var (key, c) in await CountAsync(start, end, x => departmentIds.Contains(x.DepartmentId), ct))
                counts[key] = counts.GetValueOrDefault(key) + c;
        return counts;
    }

    /// <summary>The spans of from..to that the rows do not cover: each day from where its rows end (or its start), adjacent spans joined.</summary>
    public static IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> LiveSpans(DateOnly from, DateOnly to, IReadOnlyDictionary<DateOnly, DateTimeOffset> rolledUntil)
    {
        (DateTimeOffset Start, DateTimeOffset End)? open = null;
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            var (start, end) = (ChinaTime.StartOf(d), ChinaTime.EndOf(d));
            if (rolledUntil.TryGetValue(d, out var until)) start = until > start ? until : start;
            if (start >= end) continue;
            if (open is { } o && o.End == start) { open = (o.Start, end); continue; }
            if (open is { } done) yield return done;
            open = (start, end);
        }
        if (open is { } last) yield return last;
    }

    /// <summary>Rolls every day from the first submission on whose rows are missing, marked or (today) behind.</summary>
    public async Task<RollupResult> RollAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var first = await db.Cases.AsNoTracking().Where(c => c.SubmittedAt != null).MinAsync(c => c.SubmittedAt, ct);
        if (first is null) return new RollupResult(0, null, 0);
        // Whole seconds: PostgreSQL keeps microseconds, and the instant read back must compare equal.
        var settled = clock.GetUtcNow() - Settle;
        settled = settled.AddTicks(-(settled.UtcTicks % TimeSpan.TicksPerSecond));
        var (from, to) = (ChinaTime.Date(first.Value), ChinaTime.Date(settled));
        var state = await db.FigureDays.AsNoTracking().Where(d => d.Day >= from && d.Day <= to).ToDictionaryAsync(d => d.Day, ct);
        var rolled = 0;
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var until = day < to ? ChinaTime.EndOf(day) : settled;
            if (state.GetValueOrDefault(day) is { } known && known.RolledMarks == known.Marks && known.RolledUntil >= until) continue;
            if (await RollDayAsync(day, until, ct)) rolled++;
        }
        return new RollupResult(rolled, settled, Math.Round(watch.Elapsed.TotalSeconds, 1));
    }

    /// <summary>
    /// Replaces one day's rows in one transaction. The marks are read before the cases, so a change
    /// committed after that read leaves the day marked for the next run. Two servers rolling the same
    /// day at once: one wins, the other's insert conflicts and is dropped.
    /// </summary>
    private async Task<bool> RollDayAsync(DateOnly day, DateTimeOffset until, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var marks = await db.FigureDays.AsNoTracking().Where(d => d.Day == day).Select(d => (long?)d.Marks).SingleOrDefaultAsync(ct) ?? 0;
        var counts = await CountAsync(ChinaTime.StartOf(day), until, null, ct);
        using var _ = await gate.EnterAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await db.DailyFigures.Where(f => f.Day == day).ExecuteDeleteAsync(ct);
            db.DailyFigures.AddRange(counts.Select(kv => new DailyFigure
            {
                Day = day, DepartmentId = kv.Key.DepartmentId, ItemCode = kv.Key.ItemCode, Submitted = kv.Value.Submitted, Accepted = kv.Value.Accepted,
                Decided = kv.Value.Decided, DecidedRated = kv.Value.DecidedRated, Closed = kv.Value.Closed, ClosedTrips = kv.Value.ClosedTrips,
                Ratings = kv.Value.Ratings, GoodRatings = kv.Value.GoodRatings, MaterialsRequired = kv.Value.MaterialsRequired, MaterialsDrawn = kv.Value.MaterialsDrawn,
            }));
            await db.SaveChangesAsync(ct);
            // Marks only grow: the rows are current as long as no mark came after the one read above.
            var now = clock.GetUtcNow();
            if (await db.FigureDays.Where(d => d.Day == day)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.RolledMarks, marks).SetProperty(d => d.RolledUntil, until).SetProperty(d => d.RolledAt, now), ct) == 0)
            {
                db.FigureDays.Add(new FigureDay { Day = day, Marks = marks, RolledMarks = marks, RolledUntil = until, RolledAt = now });
                await db.SaveChangesAsync(ct);
            }
            await tx.CommitAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            await tx.RollbackAsync(ct);
            return false;
        }
        finally { db.ChangeTracker.Clear(); }
    }

    /// <summary>
    /// Marks the days of instants that a committed change moved and that a rollup may already have
    /// counted (older than <see cref="Settle"/>), so those days are counted live until rolled again.
    /// </summary>
    public async Task MarkAsync(IEnumerable<DateTimeOffset> changed, CancellationToken ct)
    {
        var settled = clock.GetUtcNow() - Settle;
        foreach (var day in changed.Where(i => i < settled).Select(ChinaTime.Date).Distinct())
        {
            using var _ = await gate.EnterAsync(ct);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "FigureDays" ("Day", "Marks") VALUES ({day}, 1)
                ON CONFLICT ("Day") DO UPDATE SET "Marks" = "FigureDays"."Marks" + 1
                """, ct);
        }
    }

    /// <summary>The instants of a case that its figures are counted at.</summary>
    public static DateTimeOffset?[] InstantsOf(Case c) => [c.SubmittedAt, c.AcceptedAt, c.DecidedAt, c.ClosedAt];

    /// <summary>The instants (old and new) that differ between two snapshots of <see cref="InstantsOf"/>.</summary>
    public static IEnumerable<DateTimeOffset> Changed(DateTimeOffset?[] before, DateTimeOffset?[] after) =>
        before.Zip(after).Where(p => p.First != p.Second).SelectMany(p => new[] { p.First, p.Second }).OfType<DateTimeOffset>();
}
