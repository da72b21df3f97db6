using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Indicators;
using Yiwang.Web.Features.Ratings;
using Yiwang.Web.Features.Ratings.Rectify;
using Yiwang.Web.Features.Supervision;
using Yiwang.Web.Features.Supervision.Cards;

namespace Yiwang.Tests.Data;

public sealed class DemoHistoryFactory : YiwangFactory
{
    protected override bool SeedDemoCases => true;
}

/// <summary>A fresh installation shows a living city: past cases, cards from the first sweep, ratings and indicator figures.</summary>
public class DemoHistoryTests(DemoHistoryFactory app) : IClassFixture<DemoHistoryFactory>
{
    [Fact]
    public async Task The_demo_city_has_cases_cards_ratings_and_figures()
    {
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<SupervisionSweep>().RunAsync(default);
        var supervisor = await app.ClientAsync("supervisor");

        var cards = await (await supervisor.GetAsync("/api/v1/cards?level=Yellow")).ReadAsync<CardList>();
        Assert.Contains(cards.Cards, k => k.Rule == CardRule.PromisedLimitPassed);

        var report = await (await supervisor.GetAsync("/api/v1/indicators?from=2026-01-01")).ReadAsync<IndicatorReport>();
        Assert.True(report.Indicators.Single(i => i.Key == IndicatorDefinitions.AverageTrips).Denominator >= 10);
        Assert.True(report.Indicators.Single(i => i.Key == IndicatorDefinitions.RatingSatisfaction).Denominator >= 5);
        Assert.True(report.Indicators.Single(i => i.Key == IndicatorDefinitions.CardRate).Numerator >= 1);

        // Eight weeks rolled up into daily figures give the same report.
        var rolled = await (await (await app.ClientAsync("admin")).PostJsonAsync("/api/v1/indicators/rollup", new { })).ReadAsync<Yiwang.Web.Features.Indicators.Rollup.RollupResult>();
        Assert.True(rolled.DaysRolled >= 50);
        var again = await (await supervisor.GetAsync("/api/v1/indicators?from=2026-01-01")).ReadAsync<IndicatorReport>();
        Assert.Equal(report.Indicators.Select(i => (i.Key, i.Numerator, i.Denominator)), again.Indicators.Select(i => (i.Key, i.Numerator, i.Denominator)));

        var rectifications = (await (await supervisor.GetAsync("/api/v1/rectifications")).ReadAsync<RectificationList>()).Items;
        Assert.Contains(rectifications, r => r.Status == RectificationStatus.Done && r.Reply is not null);
        Assert.Contains(rectifications, r => r.Status == RectificationStatus.Pending);

        var mine = await (await (await app.ClientAsync("enterprise")).GetAsync("/api/v1/cases/mine")).ReadAsync<List<Yiwang.Web.Features.Cases.CaseSummary>>();
        Assert.True(mine.Count >= 10);

        // Two 一件事: one waiting at the window, one accepted with its 出生登记 waiting for the birth certificate.
        var bundles = await (await (await app.ClientAsync("citizen")).GetAsync("/api/v1/bundle-cases/mine")).ReadAsync<List<Yiwang.Web.Features.Bundles.Track.BundleCaseListRow>>();
        Assert.Equal(["办理中", "待受理"], bundles.Select(b => b.StatusName).Order());
        var queue = await (await (await app.ClientAsync("clerk")).GetAsync("/api/v1/bundle-cases/queue")).ReadAsync<List<Yiwang.Web.Features.Bundles.Track.BundleCaseListRow>>();
        Assert.Contains(queue, b => b.BundleName == "开办餐饮店一件事");
        Assert.Contains("一件事：1 件待受理", await (await app.ClientAsync("clerk")).GetStringAsync("/staff/workbench"));
    }

    [Fact]
    public async Task Every_decided_demo_case_has_its_decision_document()
    {
        var decided = await app.WithDbAsync(db => db.Cases.Where(c => c.Decision != null && c.ApplicantId != null)
            .Select(c => new { c.Number, c.ApplicantId }).Take(40).ToListAsync());
        Assert.True(decided.Count >= 10);
        var users = await app.WithDbAsync(db => db.Users.Select(u => new { u.Id, u.UserName }).ToListAsync());
        foreach (var c in decided)
        {
            var applicant = await app.ClientAsync(users.Single(u => u.Id == c.ApplicantId).UserName);
            var pdf = await applicant.GetAsync($"/api/v1/cases/{c.Number}/notices/decision");
            Assert.True(pdf.IsSuccessStatusCode, $"{c.Number}: {(int)pdf.StatusCode} {await pdf.Content.ReadAsStringAsync()}");
            Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        }
        // Issued once: a second download is the same document.
        Assert.Equal(decided.Count, await app.WithDbAsync(db => db.DecisionDocuments.CountAsync(d => decided.Select(x => x.Number).Contains(d.CaseNumber))));
    }
}
