using Yiwang.Web.Features.Catalog;

namespace Yiwang.Tests.Features.Catalog;

public class CatalogRulesTests
{
    /// <summary>A guide that keeps every rule; each test breaks one.</summary>
    private static ServiceGuide Valid() => new()
    {
        Name = "食品经营许可", PromisedLimitDays = 6, LegalLimitDays = 10, CaseKind = CaseKind.Promised,
        OnlineDepthLevel = 4, OnsiteVisits = 0,
        Materials = [new Material { Name = "申请书", Required = true, Source = MaterialSource.Applicant }],
        Steps = [new ProcedureStep { Name = "受理", Days = 1 }, new ProcedureStep { Name = "审查", Days = 4 }, new ProcedureStep { Name = "决定", Days = 1 }],
    };

    private static string[] Rules(ServiceGuide g) => CatalogRules.Check(g).Select(v => v.Rule).ToArray();

    [Fact]
    public void A_consistent_guide_breaks_no_rule() => Assert.Empty(CatalogRules.Check(Valid()));

    [Fact]
    public void Immediate_limit_typed_as_promised_case()
    {
        var g = Valid();
        g.PromisedLimitDays = 0;
        g.Steps = [];
        Assert.Equal(["ImmediateLimitMeansImmediateCase"], Rules(g));
    }

    [Fact]
    public void Promised_limit_typed_as_immediate_case()
    {
        var g = Valid();
        g.CaseKind = CaseKind.Immediate;
        Assert.Equal(["PromisedLimitMeansPromisedCase"], Rules(g));
    }

    [Fact]
    public void Level_four_with_onsite_visits()
    {
        var g = Valid();
        g.OnsiteVisits = 1;
        g.OnsiteVisitReason = "核验原件";
        Assert.Equal(["FullyOnlineMeansNoVisit"], Rules(g));
    }

    [Fact]
    public void Zero_visits_while_not_online_and_no_postal_application()
    {
        var g = Valid();
        g.OnlineDepthLevel = 1;
        Assert.Equal(["NoVisitNeedsOnlineOrPost"], Rules(g));
        g.PostalApplication = true;
        Assert.Empty(Rules(g));
    }

    [Fact]
    public void Fee_without_basis()
    {
        var g = Valid();
        g.IsCharged = true;
        Assert.Equal(["FeeNeedsBasis"], Rules(g));
    }

    [Fact]
    public void Promised_limit_longer_than_legal()
    {
        var g = Valid();
        g.PromisedLimitDays = 12;
        g.Steps[1].Days = 10;
        var v = Assert.Single(CatalogRules.Check(g));
        Assert.Equal("PromisedWithinLegal", v.Rule);
        Assert.Equal("promisedLimitDays", v.Field);
        Assert.Contains("不得超过法定时限", v.Message);
    }

    [Fact]
    public void Required_material_without_source()
    {
        var g = Valid();
        g.Materials[0].Source = null;
        var v = Assert.Single(CatalogRules.Check(g));
        Assert.Equal("materials[0].source", v.Field);
    }

    [Fact]
    public void Step_budgets_must_sum_to_the_promised_limit()
    {
        var g = Valid();
        g.Steps[1].Days = 3;
        Assert.Equal(["StepDaysSumToPromised"], Rules(g));
    }

    [Fact]
    public void Onsite_visit_needs_a_reason()
    {
        var g = Valid();
        g.OnlineDepthLevel = 3;
        g.OnsiteVisits = 1;
        Assert.Equal(["VisitNeedsReason"], Rules(g));
    }
}
