using Yiwang.Web.Data.Seed;
using Yiwang.Web.Features.Policies;

namespace Yiwang.Tests.Features.Policies;

/// <summary>A clause's rules on a firm's facts: dated parameters, traces with the failing sub-condition, the publishing rules.</summary>
public class PolicyRulesTests
{
    private static PolicyDocument Fusion() => DemoPolicies.All(_ => 1).Single(p => p.Code == DemoPolicies.Fusion).Document;

    private static FactSheet Firm(decimal revenueWan, decimal rdWan, string section = "C", bool creditOk = true)
    {
        var (sheet, errors) = Yiwang.Web.Features.Policies.Evaluate.EvaluateHandler.FromAnswers(new Dictionary<string, string>
        {
            ["industry_section"] = section, ["revenue"] = $"{revenueWan}万元", ["rd_spend"] = $"{rdWan}万元", ["employees"] = "50", ["credit_ok"] = creditOk ? "是" : "否",
        }, new DateOnly(2026, 11, 25));
        Assert.Empty(errors);
        return sheet;
    }

    [Fact]
    public void A_calculation_uses_the_parameter_values_in_force_on_its_day()
    {
        var doc = Fusion();
        var clause = new CompiledClause(DemoPolicies.Fusion, 1, doc, doc.Clause("smart_factory")!);
        var firm = Firm(revenueWan: 8000, rdWan: 600);
        // 600万 × 10% = 60万: capped at 30万 until 2024-12-31, at 50万 from 2025-01-01.
        Assert.Equal(300_000 * 100L, clause.Explain(firm, new DateOnly(2024, 12, 31)).AmountFen);
        Assert.Equal(500_000 * 100L, clause.Explain(firm, new DateOnly(2025, 1, 1)).AmountFen);
        var working = clause.Explain(firm, new DateOnly(2025, 1, 1)).AmountWorking;
        Assert.Equal("取小(上年度研发投入 600万元 × 奖励比例 10%, 奖励上限 50万元) = 50万元", working);
        // Before the policy's parameters start, the clause does not apply and says why.
        var before = clause.Explain(firm, new DateOnly(2022, 1, 1));
        Assert.False(before.Eligible);
        Assert.Contains("没有有效的政策参数", Assert.Single(before.WhyNot));
    }

    [Fact]
    public void The_trace_names_the_failing_sub_condition_the_facts_and_their_sources()
    {
        var doc = Fusion();
        var clause = new CompiledClause(DemoPolicies.Fusion, 1, doc, doc.Clause("smart_factory")!);
        var t = clause.Explain(Firm(revenueWan: 1500, rdWan: 38), new DateOnly(2026, 11, 25));
        Assert.False(t.Eligible);
        Assert.Equal(["不符合：上年度营业收入 1500万元，低于 2000万元"], t.WhyNot);
        Assert.Equal(["上年度营业收入不低于 2000万元"], t.WouldQualify);
        Assert.Contains(t.Facts, f => f.Key == "revenue" && f.Value == "1500万元" && f.Source == "申请人填报");
        Assert.Contains(t.Facts, f => f.Key == "min_revenue" && f.Value == "2000万元" && f.Source.StartsWith("政策参数", StringComparison.Ordinal));
        Assert.Equal(1, clause.Failing([.. Firm(1500, 38).Values, .. clause.ParametersOn(new DateOnly(2026, 11, 25))!]));
        Assert.Null(t.AmountFen);
    }

    [Fact]
    public void Every_demo_policy_keeps_the_publishing_rules()
    {
        foreach (var (code, _, document) in DemoPolicies.All(_ => 1))
            Assert.True(PolicyRules.Check(document, new HashSet<int> { 1 }).Count == 0, $"{code}: {string.Join("; ", PolicyRules.Check(document, new HashSet<int> { 1 }).SelectMany(e => e.Value))}");
        Assert.Equal(12, DemoPolicies.All(_ => 1).Count());
    }

    [Fact]
    public void A_promise_over_two_thirds_a_bad_rule_and_overlapping_parameters_are_refused_by_clause_and_position()
    {
        var doc = Fusion();
        var c = doc.Clause("smart_factory")!;
        c.PromisedDays = 41; // 60 × 2/3 = 40
        c.Eligibility = "industry_section = C and revenue >= 50"; // the bare 50 is the 37th character
        c.Parameters[2].Values.Add(new ParameterValue { From = new DateOnly(2026, 1, 1), Value = "60万元" }); // overlaps the open-ended 2025 value
        doc.Clause("cloud")!.Amount = "employees * 2";
        var errors = PolicyRules.Check(doc, new HashSet<int> { 1 });
        Assert.Contains("至多 40 个工作日", errors["clauses[0].promisedDays"][0]);
        Assert.Contains("条款“智能制造示范企业奖励”的享受条件第37个字符", errors["clauses[0].eligibility"][0]);
        Assert.Contains("请写明单位", errors["clauses[0].eligibility"][0]);
        Assert.Contains("重叠", errors["clauses[0].parameters[2].values[2].from"][0]);
        Assert.Contains("应是金额", errors["clauses[1].amount"][0]);
    }
}
