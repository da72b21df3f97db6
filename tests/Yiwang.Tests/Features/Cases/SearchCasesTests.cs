using System.Net;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Cases.Search;

namespace Yiwang.Tests.Features.Cases;

public class SearchCasesTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    [Fact]
    public async Task Staff_find_cases_in_their_scope_by_applicant_item_status_and_date()
    {
        var enterprise = await app.ClientAsync("enterprise");
        var food = await (await enterprise.ApplyAsync(new { itemCode = "430800-XK-0005" })).ReadAsync<CaseSummary>();
        var passport = await (await (await app.ClientAsync("citizen")).ApplyAsync(new { itemCode = "430800-XK-0012" })).ReadAsync<CaseSummary>();

        var approver = await app.ClientAsync("approver"); // 市市场监管局
        var byApplicant = await (await approver.GetAsync("/api/v1/cases?applicant=天门山")).ReadAsync<CaseSearchResult>();
        Assert.Contains(byApplicant.Cases, c => c.Number == food.Number);
        var none = await (await approver.GetAsync($"/api/v1/cases?number={passport.Number}")).ReadAsync<CaseSearchResult>();
        Assert.Equal(0, none.Total); // another department's case is out of scope

        var clerk = await app.ClientAsync("clerk");
        var today = Yiwang.Tests.Infrastructure.YiwangFactory.FixedToday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var byStatus = await (await clerk.GetAsync($"/api/v1/cases?status=待受理&item=护照&from={today}&to={today}")).ReadAsync<CaseSearchResult>();
        Assert.Equal([passport.Number], byStatus.Cases.Select(c => c.Number));

        var supervisor = await app.ClientAsync("supervisor");
        Assert.True((await (await supervisor.GetAsync("/api/v1/cases")).ReadAsync<CaseSearchResult>()).Total >= 2);
    }

    [Fact]
    public async Task Bad_filters_are_400_and_citizens_cannot_search()
    {
        var clerk = await app.ClientAsync("clerk");
        var p = await Problem.ReadAsync(await clerk.GetAsync("/api/v1/cases?status=飞了&from=2026-13-01"), HttpStatusCode.BadRequest);
        Assert.Contains("status", p.Errors.Keys);
        Assert.Contains("from", p.Errors.Keys);
        await Problem.ReadAsync(await (await app.ClientAsync("citizen")).GetAsync("/api/v1/cases"), HttpStatusCode.Forbidden);
    }
}
