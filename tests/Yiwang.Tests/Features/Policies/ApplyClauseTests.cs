using System.Net;
using Microsoft.EntityFrameworkCore;
using Yiwang.Tests.Infrastructure;
using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.Policies.Apply;

namespace Yiwang.Tests.Features.Policies;

/// <summary>快申快享: one application, pre-checked on the firm's facts, becomes an ordinary case with the clause's promised limit.</summary>
public class ApplyClauseTests(YiwangFactory app) : IClassFixture<YiwangFactory>
{
    [Fact]
    public void Every_generated_item_keeps_the_catalog_rules()
    {
        foreach (var (code, _, document) in Yiwang.Web.Data.Seed.DemoPolicies.All(_ => 1))
            foreach (var clause in document.Clauses.Where(PolicyItems.Applied))
                Assert.Empty(CatalogRules.Check(PolicyItems.GuideFor(code, document, clause, "部门")));
    }

    [Fact]
    public async Task A_qualifying_firm_applies_once_and_the_department_gets_a_case_with_the_promised_limit()
    {
        var enterprise = await app.ClientAsync("enterprise");
        // 天门山旅游服务 (L7291, 85 people, credit good) qualifies for 就业见习补贴 (秒批 clause, applied for).
        var applied = await enterprise.PostJsonAsync("/api/v1/policies/ZJJ-2024-WGKG/clauses/intern_subsidy/apply", new { });
        Assert.Equal(HttpStatusCode.Created, applied.StatusCode);
        var result = await applied.ReadAsync<ClauseApplied>();
        Assert.Equal(2_000_000, result.AmountFen);
        var stored = await app.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Number == result.CaseNumber));
        var rs = await app.WithDbAsync(db => db.Departments.Where(d => d.Name == "市人力资源社会保障局").Select(d => d.Id).SingleAsync());
        // 秒批: accepted and granted by the system within the request, the system named as decider, the decision sealed.
        Assert.True(result.ApprovedBySystem);
        Assert.Equal((rs, Yiwang.Web.Features.Cases.CaseStatus.Decided, Yiwang.Web.Features.Cases.Decision.Grant, Yiwang.Web.Features.Policies.Instant.SystemGrant.Name),
            (stored.DepartmentId, stored.Status, stored.Decision, stored.DecidedBy));
        Assert.True(await app.WithDbAsync(db => db.DecisionDocuments.AnyAsync(d => d.CaseNumber == result.CaseNumber)));
        Assert.Equal("20000", stored.FormData["amount"]);
        // 免证办: the business licence was drawn from the 电子证照库 (trust A) with the firm's consent.
        Assert.True(await app.WithDbAsync(db => db.CaseMaterials.AnyAsync(m => m.CaseId == stored.Id && m.MaterialName == "营业执照" && m.Trust == Yiwang.Web.Features.Cases.MaterialTrust.A && m.LicenceId != null)));
        Assert.Contains("从业人数 85人", stored.FormData["basis"]);
        var item = await app.WithDbAsync(db => CurrentVersions.Of(db).Where(c => c.Item.Code == result.ItemCode).Select(c => c.Version.Guide.PromisedLimitDays).SingleAsync());
        Assert.Equal(10, item);

        // Once per clause and period.
        Assert.Equal(HttpStatusCode.Conflict, (await enterprise.PostJsonAsync("/api/v1/policies/ZJJ-2024-WGKG/clauses/intern_subsidy/apply", new { })).StatusCode);
        // 快申快享 (not 秒批): an ordinary case waiting for the department, under the clause's promised limit.
        var expo = await (await enterprise.PostJsonAsync("/api/v1/policies/ZJJ-2024-CYDB/clauses/loan_interest/apply", new { })).Content.ReadAsStringAsync();
        Assert.Contains("成立日期", expo); // 2016 firm: not within 5 years — refused with the reason
        // Not qualifying: refused before any case, with the reasons.
        var refused = await Problem.ReadAsync(await enterprise.PostJsonAsync("/api/v1/policies/ZJJ-2022-SSGP/clauses/listing/apply", new { }), HttpStatusCode.BadRequest);
        Assert.Contains(refused.Errors["eligibility"], m => m.Contains("注册资本 500万元，低于 5000万元"));
        // 免申即享 needs no application; a citizen has none to make.
        Assert.Equal(HttpStatusCode.Conflict, (await enterprise.PostJsonAsync("/api/v1/policies/ZJJ-2024-WGKG/clauses/job_subsidy/apply", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientAsync("citizen")).PostJsonAsync("/api/v1/policies/ZJJ-2024-WGKG/clauses/intern_subsidy/apply", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await enterprise.PostJsonAsync("/api/v1/policies/ZJJ-2024-WGKG/clauses/nope/apply", new { })).StatusCode);
    }
}
