using Microsoft.EntityFrameworkCore;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Features.Indicators;
using Yiwang.Web.Features.Indicators.Rollup;

namespace Yiwang.Tests.Features.Indicators.Rollup;

/// <summary>Rolled-up days give exactly the figures counted live, also after a late rating or a recalled decision.</summary>
public class DailyRollupTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private static Dictionary<string, (double, double)> Figures(IndicatorReport r) => r.Indicators.ToDictionary(i => i.Key, i => (i.Numerator, i.Denominator));

    private async Task<Dictionary<string, (double, double)>> ReportAsync(DateOnly from)
    {
        var supervisor = await app.ClientAsync("supervisor");
        return Figures(await (await supervisor.GetAsync($"/api/v1/indicators?from={from:yyyy-MM-dd}")).ReadAsync<IndicatorReport>());
    }

    [Fact]
    public async Task Rolled_days_count_as_live_ones_and_marked_days_are_counted_again()
    {
        var day = app.Clock.Today();
        var rated = await DemoCases.DecidedAsync(app);
        var recalled = await DemoCases.DecidedAsync(app);
        await DemoCases.DecidedAsync(app, applicantPresent: true, deliver: true);
        await DemoCases.AcceptedAsync(app);
        app.Clock.Advance(TimeSpan.FromDays(2));

        var live = await ReportAsync(day);
        Assert.Equal((3.0, 3.0), (live[IndicatorDefinitions.RatingCoverage].Item2, live[IndicatorDefinitions.AverageTrips].Item1 + 2));
        var admin = await app.ClientAsync("admin");
        var result = await (await admin.PostJsonAsync("/api/v1/indicators/rollup", new { })).ReadAsync<RollupResult>();
        Assert.Equal(3, result.DaysRolled); // the day of the cases, the day after, and today up to ten minutes ago
        Assert.Equal(0, (await (await admin.PostJsonAsync("/api/v1/indicators/rollup", new { })).ReadAsync<RollupResult>()).DaysRolled);
        // Today's part is rolled again as time goes on; what happened since is counted live.
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await DemoCases.AcceptedAsync(app);
        var withToday = await ReportAsync(day);
        Assert.Equal(live[IndicatorDefinitions.CardRate].Item2 + 1, withToday[IndicatorDefinitions.CardRate].Item2);
        Assert.Equal(1, (await (await admin.PostJsonAsync("/api/v1/indicators/rollup", new { })).ReadAsync<RollupResult>()).DaysRolled);
        Assert.Equal(withToday, await ReportAsync(day));
        live = withToday;
        var rows = await app.WithDbAsync(db => db.DailyFigures.Where(f => f.Day == day).ToListAsync());
        var row = Assert.Single(rows);
        Assert.Equal((4, 4, 3, 1, 1), (row.Submitted, row.Accepted, row.Decided, row.Closed, row.ClosedTrips));
        Assert.Equal(live, await ReportAsync(day));
        // …and the report reads those rows, not the cases.
        await app.WithDbAsync(db => db.DailyFigures.Where(f => f.Day == day).ExecuteUpdateAsync(s => s.SetProperty(f => f.Closed, 11)));
        Assert.Equal((1.0, 11.0), (await ReportAsync(day))[IndicatorDefinitions.AverageTrips]);
        await app.WithDbAsync(db => db.DailyFigures.Where(f => f.Day == day).ExecuteUpdateAsync(s => s.SetProperty(f => f.Closed, 1)));

        // Rated two days after the decision: the rating counts for the coverage of the decision day.
        await (await (await app.ClientAsync("enterprise")).PostJsonAsync($"/api/v1/cases/{rated.Number}/rating", new { level = "Satisfied" })).ReadAsync<object>();
        var afterRating = await ReportAsync(day);
        Assert.Equal((1.0, 3.0), afterRating[IndicatorDefinitions.RatingCoverage]);
        Assert.Equal((1.0, 1.0), afterRating[IndicatorDefinitions.RatingSatisfaction]);

        // The approver takes back a decision of two days ago: that day counts one decision less.
        await (await (await app.ClientAsync("approver")).PostJsonAsync($"/api/v1/cases/{recalled.Number}/recall", new { })).ReadAsync<object>();
        var afterRecall = await ReportAsync(day);
        Assert.Equal((1.0, 2.0), afterRecall[IndicatorDefinitions.RatingCoverage]);

        Assert.Equal(1, (await (await admin.PostJsonAsync("/api/v1/indicators/rollup", new { })).ReadAsync<RollupResult>()).DaysRolled);
        Assert.Equal(afterRecall, await ReportAsync(day));
        // The trend sums the same rows month by month.
        var trend = await (await (await app.ClientAsync("supervisor")).GetAsync($"/api/v1/indicators/trend?from={day:yyyy-MM-dd}")).ReadAsync<IndicatorTrend>();
        Assert.Equal(afterRecall[IndicatorDefinitions.AverageTrips].Item2, trend.Months.Sum(m => m.Closed));
        Assert.Equal(afterRecall[IndicatorDefinitions.CardRate].Item2, trend.Months.Sum(m => m.Accepted));
        Assert.Equal(2, (await app.WithDbAsync(db => db.DailyFigures.SingleAsync(f => f.Day == day))).Decided);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await (await app.ClientAsync("supervisor")).PostJsonAsync("/api/v1/indicators/rollup", new { })).StatusCode);
    }
}

public class DailyRollupRunsTests
{
    private static readonly DateOnly D = new(2026, 3, 1);

    [Fact]
    public void What_the_rows_do_not_cover_is_counted_live_in_joined_spans()
    {
        DateTimeOffset Start(int day) => ChinaTime.StartOf(D.AddDays(day));
        var rolled = new Dictionary<DateOnly, DateTimeOffset> { [D.AddDays(1)] = Start(2), [D.AddDays(2)] = Start(3), [D.AddDays(5)] = Start(5).AddHours(9) };
        Assert.Equal([(Start(0), Start(1)), (Start(3), Start(5)), (Start(5).AddHours(9), Start(10))], DailyRollup.LiveSpans(D, D.AddDays(9), rolled));
        Assert.Empty(DailyRollup.LiveSpans(D.AddDays(1), D.AddDays(2), rolled));
        Assert.Equal([(Start(0), Start(31))], DailyRollup.LiveSpans(D, D.AddDays(30), new Dictionary<DateOnly, DateTimeOffset>()));
    }

    [Fact]
    public void A_change_marks_both_the_old_and_the_new_instant_of_a_step()
    {
        var t = ChinaTime.StartOf(D).AddHours(10);
        DateTimeOffset?[] before = [t, t, t.AddDays(3), null];
        Assert.Equal([t.AddDays(3)], DailyRollup.Changed(before, [t, t, null, null]));
        Assert.Equal([t.AddDays(3), t.AddDays(4)], DailyRollup.Changed(before, [t, t, t.AddDays(4), null]));
        Assert.Empty(DailyRollup.Changed(before, before));
    }
}
