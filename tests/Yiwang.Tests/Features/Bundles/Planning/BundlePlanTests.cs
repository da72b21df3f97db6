using Yiwang.Web.Features.Bundles.Planning;
using Yiwang.Web.Features.Catalog.Guidance;

namespace Yiwang.Tests.Features.Bundles.Planning;

/// <summary>智能导办: questionnaire answers → the applicant's parts, materials, fields, time, fees and trips.</summary>
public class BundlePlanTests
{
    private static List<string> Parts(PlanView p) => p.Parts.Select(x => x.Key).ToList();

    [Fact]
    public void A_new_sole_trader_with_a_small_shop_gets_the_licence_then_the_food_permit()
    {
        var plan = PlanFixture.Plan(PlanFixture.Answers());
        Assert.Equal(["sole", "food"], Parts(plan));
        Assert.Equal(["sole"], plan.Parts.Single(p => p.Key == "food").After);
        // 0 days for the licence, then 6 for the food permit.
        Assert.Equal(6, plan.PromisedDays);
        Assert.Equal(["全部免费"], plan.Fees);
        Assert.Equal(0, plan.Trips);
    }

    [Fact]
    public void A_shop_that_already_has_a_licence_starts_every_part_at_once_and_brings_the_licence()
    {
        var plan = PlanFixture.Plan(PlanFixture.Answers(licensed: "是", area: "350", signboard: "是"));
        Assert.Equal(["food", "fire", "sign"], Parts(plan));
        Assert.All(plan.Parts, p => Assert.Empty(p.After));
        var licence = plan.Materials.Single(m => m.Name == "营业执照");
        Assert.Null(licence.ProvidedBy);
        Assert.Equal(["food", "fire", "sign"], licence.ForParts);
        // Parallel: the longest part decides the time; the fire check needs one visit; the sign costs a fee.
        Assert.Equal(6, plan.PromisedDays);
        Assert.Equal(1, plan.Trips);
        Assert.Equal(["户外广告审批：工本费10元"], plan.Fees);
    }

    [Theory]
    [InlineData("企业", "100", "10", new[] { "company", "food" })]
    [InlineData("企业", "100", "25", new[] { "company", "food", "fire" })] // combined: a company with more than 20 staff
    [InlineData("个体工商户", "100", "25", new[] { "sole", "food" })]      // the staff rule is for companies only
    [InlineData("个体工商户", "300", "1", new[] { "sole", "food", "fire" })] // area ≥ 300 alone is enough
    public void Conditions_that_combine_answers_select_the_parts(string entity, string area, string staff, string[] expected) =>
        Assert.Equal(expected, Parts(PlanFixture.Plan(PlanFixture.Answers(entity: entity, area: area, staff: staff))));

    [Fact]
    public void A_part_waits_for_the_results_it_needs_and_its_time_adds_up()
    {
        var plan = PlanFixture.Plan(PlanFixture.Answers(entity: "企业", area: "500"));
        Assert.Equal(["company"], plan.Parts.Single(p => p.Key == "fire").After);
        Assert.Equal(1, plan.Parts.Single(p => p.Key == "company").EndsByDay);
        Assert.Equal(7, plan.Parts.Single(p => p.Key == "food").EndsByDay);
        Assert.Equal(6, plan.Parts.Single(p => p.Key == "fire").EndsByDay);
        Assert.Equal(7, plan.PromisedDays);
        // The licence is the company part's result: nobody uploads it.
        Assert.Equal("company", plan.Materials.Single(m => m.Name == "营业执照").ProvidedBy);
    }

    [Fact]
    public void Fields_follow_their_conditions_and_parts()
    {
        Assert.Equal(["shop"], PlanFixture.Plan(PlanFixture.Answers()).Fields.Select(f => f.Key));
        Assert.Equal(["shop", "capital", "sign_size"], PlanFixture.Plan(PlanFixture.Answers(entity: "企业", signboard: "是")).Fields.Select(f => f.Key));
    }

    [Fact]
    public void Materials_follow_conditions_including_negated_combinations()
    {
        Assert.Contains(PlanFixture.Plan(PlanFixture.Answers(staff: "3")).Materials, m => m.Name == "从业人员健康证明");
        Assert.DoesNotContain(PlanFixture.Plan(PlanFixture.Answers(staff: "0")).Materials, m => m.Name == "从业人员健康证明");
        Assert.DoesNotContain(PlanFixture.Plan(PlanFixture.Answers(entity: "企业", staff: "60")).Materials, m => m.Name == "从业人员健康证明");
        Assert.DoesNotContain(PlanFixture.Plan(PlanFixture.Answers()).Materials, m => m.Name == "授权委托书");
        Assert.Contains(PlanFixture.Plan(PlanFixture.Answers(agent: "是")).Materials, m => m.Name == "授权委托书");
    }

    [Fact]
    public void Unanswered_or_invalid_answers_are_named()
    {
        var b = PlanFixture.Compiled();
        var answers = PlanFixture.Answers(entity: "合作社", area: "很大");
        answers.Remove("staff");
        answers["color"] = "红";
        b.Questionnaire.Bind(answers, out var errors);
        Assert.Equal(["answers.area", "answers.color", "answers.entity", "answers.staff"], errors.Keys.Order());
        Assert.Contains("个体工商户、企业", errors["answers.entity"][0]);
    }
}

/// <summary>The merged material list: asked once, required if any part requires it, application forms replaced by the one form.</summary>
public class BundleMaterialsTests
{
    [Fact]
    public void A_material_several_parts_need_is_asked_once()
    {
        var merged = BundleMaterials.Merge(PlanFixture.Definition().Parts, PlanFixture.Items);
        var premises = Assert.Single(merged, m => m.Name == "经营场所使用证明");
        Assert.Equal(["sole", "food"], premises.Parts);
        Assert.Equal(["food", "fire", "sign"], merged.Single(m => m.Name == "营业执照").Parts);
        Assert.Equal(merged.Count, merged.Select(m => m.Name).Distinct().Count());
    }

    [Fact]
    public void The_items_application_forms_are_replaced_and_results_provide_materials()
    {
        var merged = BundleMaterials.Merge(PlanFixture.Definition().Parts, PlanFixture.Items);
        Assert.DoesNotContain(merged, m => m.Name.EndsWith("申请表") || m.Name.EndsWith("申请书"));
        Assert.Equal(["sole", "company"], merged.Single(m => m.Name == "营业执照").ProvidedBy);
        var agent = merged.Single(m => m.Name == "授权委托书");
        Assert.False(agent.Required);
        Assert.Equal("agent", agent.When);
    }

    [Fact]
    public void Validation_rejects_a_provided_material_for_a_part_that_does_not_wait_for_its_provider()
    {
        var d = PlanFixture.Definition();
        d.Parts.Single(p => p.Key == "fire").After = [];
        var errors = BundleValidation.Validate(d, PlanFixture.Items);
        Assert.Contains(errors, e => e.Key.EndsWith(".providedBy") && e.Value.Any(v => v.Contains("fire")));
    }

    [Fact]
    public void Validation_names_bad_conditions_predecessors_and_mappings()
    {
        var d = PlanFixture.Definition();
        d.Parts[0].When = "entity = 合作社";
        d.Parts[2].After = ["sign"];
        d.Fields[0].MapsTo = ["food.nothing"];
        var errors = BundleValidation.Validate(d, PlanFixture.Items);
        Assert.Contains("没有“合作社”", errors["parts[0].when"][0]);
        Assert.Contains("排在本环节之前", errors["parts[2].after"][0]);
        Assert.Contains("food.nothing", errors["fields[0].mapsTo"][0]);
        Assert.Empty(BundleValidation.Validate(PlanFixture.Definition(), PlanFixture.Items));
    }
}

public class ConditionTests
{
    private static readonly Questionnaire Q = new(
    [
        new() { Key = "food", Text = "涉及食品", Kind = QuestionKind.YesNo },
        new() { Key = "entity", Text = "类型", Kind = QuestionKind.Choice, Options = ["个体工商户", "有限 公司"] },
        new() { Key = "staff", Text = "人数", Kind = QuestionKind.Number },
    ]);

    private static bool Eval(string text, string food, string entity, string staff) =>
        Condition.Parse(text, Q)!.Evaluate(Q.Bind(new Dictionary<string, string> { ["food"] = food, ["entity"] = entity, ["staff"] = staff }, out _));

    [Theory]
    [InlineData("food", "是", "个体工商户", "1", true)]
    [InlineData("not food", "是", "个体工商户", "1", false)]
    [InlineData("非 food 且 staff > 0", "否", "个体工商户", "1", true)]
    [InlineData("food && staff >= 10 || entity = \"有限 公司\"", "否", "有限 公司", "0", true)]
    [InlineData("food and (staff < 5 or entity != 个体工商户)", "是", "个体工商户", "7", false)]
    [InlineData("food = 否 或 staff <= 0", "否", "个体工商户", "3", true)]
    [InlineData("（food）且 staff ＝ 3", "是", "个体工商户", "3", true)]
    public void Conditions_evaluate_as_written(string text, string food, string entity, string staff, bool expected) =>
        Assert.Equal(expected, Eval(text, food, entity, staff));

    [Theory]
    [InlineData("size > 3", "没有“size”")]
    [InlineData("entity > 1", "只能用 = 或 !=")]
    [InlineData("staff = 很多", "不是数字")]
    [InlineData("entity", "须写明比较")]
    [InlineData("(food and staff > 1", "缺少右括号")]
    [InlineData("food food", "无法理解")]
    public void Bad_conditions_say_what_is_wrong(string text, string message) =>
        Assert.Contains(message, Condition.Check(text, Q));

    [Fact]
    public void A_single_item_lists_only_the_materials_that_apply()
    {
        var guide = PlanFixture.Items["SOLE"].Guide;
        var questions = new Questionnaire([new Question { Key = "agent", Text = "是否委托他人？", Kind = QuestionKind.YesNo }]);
        var alone = ItemPlan.Of("SOLE", guide, questions.Bind(new Dictionary<string, string> { ["agent"] = "否" }, out _), questions);
        Assert.DoesNotContain(alone.Materials, m => m.Name == "授权委托书");
        Assert.Contains(alone.NotNeeded, m => m.Name == "授权委托书");
        var agent = ItemPlan.Of("SOLE", guide, questions.Bind(new Dictionary<string, string> { ["agent"] = "是" }, out _), questions);
        Assert.Contains(agent.Materials, m => m.Name == "授权委托书");
    }
}
