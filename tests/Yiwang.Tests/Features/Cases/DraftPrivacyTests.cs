using System.Net;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Cases.Search;

namespace Yiwang.Tests.Features.Cases;

/// <summary>An unsubmitted draft is the applicant's own: no clerk, approver or supervisor reads or finds it until it is submitted.</summary>
public class DraftPrivacyTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    [Fact]
    public async Task Staff_see_a_case_only_once_it_is_submitted()
    {
        var enterprise = await app.ClientAsync("enterprise");
        var draft = await (await enterprise.ApplyAsync(new { itemCode = DemoCases.FoodLicence, submit = false })).ReadAsync<CaseSummary>();
        Assert.Equal(CaseStatus.Draft, draft.Status);
        foreach (var staff in new[] { "clerk", "approver", "scjg-admin", "supervisor" })
        {
            var client = await app.ClientAsync(staff);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/cases/{draft.Number}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/cases/{draft.Number}/materials")).StatusCode);
        }
        var search = await (await (await app.ClientAsync("supervisor")).GetAsync($"/api/v1/cases?number={draft.Number}")).ReadAsync<CaseSearchResult>();
        Assert.Empty(search.Cases);

        var submitted = await (await Applications.SubmitDraftAsync(enterprise, draft.Number)).ReadAsync<CaseSummary>();
        Assert.Equal(CaseStatus.Submitted, submitted.Status);
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientAsync("clerk")).GetAsync($"/api/v1/cases/{draft.Number}")).StatusCode);
    }
}
