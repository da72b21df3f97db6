using System.Net;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Ratings;
using Yiwang.Web.Features.Ratings.RateCase;

namespace Yiwang.Tests.Features.Ratings;

/// <summary>A window visit is a service of its own: rated on the counter's evaluator the day the applicant came, once, apart from the case's rating.</summary>
public class WindowVisitRatingTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    private static object Visit(string level, params string[] reasons) =>
        new { level, service = "WindowVisit", channel = "WindowPad", scores = new Dictionary<string, int> { ["态度"] = 5, ["服务水平"] = 4 }, reasons };

    [Fact]
    public async Task Rated_at_the_counter_once_per_visit_and_apart_from_the_case()
    {
        var c = await DemoCases.AcceptedAsync(app, applicantPresent: true);
        var clerk = await app.ClientAsync("clerk");
        var enterprise = await app.ClientAsync("enterprise");

        var state = await (await clerk.GetAsync($"/api/v1/cases/{c.Number}/rating?service=WindowVisit")).ReadAsync<RatingState>();
        Assert.True(state.MayRate);
        Assert.Equal(Rating.OfflineIndicators, state.Indicators);
        // From the applicant's own PC there is no counter to rate.
        var p = await Problem.ReadAsync(await enterprise.PostJsonAsync($"/api/v1/cases/{c.Number}/rating", new { level = "Satisfied", service = "WindowVisit", channel = "Pc" }), HttpStatusCode.BadRequest);
        Assert.Contains("窗口评价器", p.Errors["channel"][0]);

        var rated = await (await clerk.PostJsonAsync($"/api/v1/cases/{c.Number}/rating", Visit("Satisfied", "服务热情"))).ReadAsync<RatingView>();
        Assert.Equal((RatedService.WindowVisit, "窗口评价器", 5), (rated.Service, rated.ChannelName, rated.Scores["态度"]));
        Assert.NotNull(rated.VisitOn);
        var again = await Problem.ReadAsync(await clerk.PostJsonAsync($"/api/v1/cases/{c.Number}/rating", Visit("VerySatisfied")), HttpStatusCode.Conflict);
        Assert.Contains("本次窗口服务已评价", again.Detail);
        // The case itself is rated once it is decided, whatever its visits got.
        await Problem.ReadAsync(await enterprise.PostJsonAsync($"/api/v1/cases/{c.Number}/rating", new { level = "Satisfied" }), HttpStatusCode.Conflict);
        var whole = await (await enterprise.GetAsync($"/api/v1/cases/{c.Number}/rating")).ReadAsync<RatingState>();
        Assert.Null(whole.Rating);

        var page = await clerk.GetStringAsync($"/window/rate/{c.Number}");
        Assert.Contains("本次窗口服务评价", page);
        Assert.Contains("满意", page);

        // The next day the applicant did not come: nothing to rate at the counter.
        app.Clock.Advance(TimeSpan.FromDays(1));
        clerk = await app.ClientAsync("clerk");
        Assert.False((await (await clerk.GetAsync($"/api/v1/cases/{c.Number}/rating?service=WindowVisit")).ReadAsync<RatingState>()).MayRate);
        var none = await Problem.ReadAsync(await clerk.PostJsonAsync($"/api/v1/cases/{c.Number}/rating", Visit("Satisfied")), HttpStatusCode.Conflict);
        Assert.Contains("今天没有到本大厅窗口", none.Detail);
    }

    [Fact]
    public async Task A_bad_visit_rating_opens_a_rectification()
    {
        var c = await DemoCases.AcceptedAsync(app, applicantPresent: true);
        var clerk = await app.ClientAsync("clerk");
        var rated = await (await clerk.PostJsonAsync($"/api/v1/cases/{c.Number}/rating", Visit("Dissatisfied", "服务态度差"))).ReadAsync<RatingView>();
        Assert.NotNull(rated.Rectification);
        Assert.Equal(RectificationStatus.Pending, rated.Rectification!.Status);
    }
}
