using Yiwang.Web.Common.Rules;

namespace Yiwang.Tests.Common.Rules;

/// <summary>The one rule language: numbers, money in fen, dates and periods, sets, arithmetic, min/max, errors with positions, traces.</summary>
public class RuleLanguageTests
{
    private static readonly RuleSchema Firm = new(
    [
        new("rd_spend", "上年度研发投入", RuleType.Money, 0),
        new("revenue", "上年度营业收入", RuleType.Money, 1),
        new("employees", "从业人数", RuleType.Number, 2, Unit: "人"),
        new("established_on", "成立日期", RuleType.Date, 3),
        new("today", "计算日期", RuleType.Date, 4),
        new("industry", "行业大类", RuleType.Text, 5),
        new("high_tech", "高新技术企业", RuleType.Bool, 6),
        new("rate", "补助比例", RuleType.Number, 7, Unit: "%"),
        new("cap", "补助上限", RuleType.Money, 8),
        new("size", "企业规模", RuleType.Text, 9, ["大型", "中型", "小型", "微型"]),
    ]);

    private static double[] Values(decimal rdYuan = 800_000, decimal revenueYuan = 20_000_000, int employees = 120, string established = "2018-05-01",
        string industry = "C39", bool highTech = true, double rate = 0.1, decimal capYuan = 500_000, int size = 1) =>
    [
        (double)(rdYuan * 100), (double)(revenueYuan * 100), employees, DateOnly.Parse(established).DayNumber, new DateOnly(2026, 12, 7).DayNumber,
        RuleSymbols.Id(industry), highTech ? 1 : 0, rate, (double)(capYuan * 100), size,
    ];

    private static bool Holds(string rule, double[] values) => RuleCompiler.Condition(RuleParser.Condition(rule, Firm))(values);

    private static double Amount(string rule, double[] values) => RuleCompiler.Value(RuleParser.Value(rule, Firm, RuleType.Money))(values);

    [Theory]
    [InlineData("rd_spend >= 50万元", true)]
    [InlineData("rd_spend > 80万元", false)]
    [InlineData("rd_spend = 800000元", true)]
    [InlineData("rd_spend != 80万元", false)]
    [InlineData("rd_spend < 0.5亿元", true)]
    [InlineData("rd_spend <= 79.99万元", false)]
    [InlineData("rd_spend / revenue >= 4%", true)]
    [InlineData("rd_spend * 25 >= revenue", true)]
    [InlineData("rd_spend + revenue - 2000万元 = 80万元", true)]
    [InlineData("employees >= 100 且 employees < 300", true)]
    [InlineData("-employees < 0", true)]
    [InlineData("industry in {C39, C40}", true)]
    [InlineData("industry 属于 {I65}", false)]
    [InlineData("industry not_in {I65}", true)]
    [InlineData("industry = \"C39\"", true)]
    [InlineData("high_tech", true)]
    [InlineData("high_tech = 否", false)]
    [InlineData("非 high_tech 或 size = 中型", true)]
    [InlineData("size != 小型 && (employees > 200 || high_tech)", true)]
    [InlineData("established_on <= today - 2年", true)]
    [InlineData("established_on + 6个月 <= 2018-11-01", true)]
    [InlineData("established_on + 30天 > 2018-05-31", false)]
    [InlineData("today - established_on >= 3000", true)]
    [InlineData("max(rd_spend, revenue) = 2000万元", true)]
    [InlineData("min(established_on, 2019-01-01) = 2018-05-01", true)]
    public void Each_operator_evaluates_as_written(string rule, bool expected) => Assert.Equal(expected, Holds(rule, Values()));

    [Fact]
    public void Money_is_rounded_to_the_fen_half_away_from_zero()
    {
        // 123.455 元 × 10% = 12.3455 元 → 12.35 元 (1 235 fen); a negative amount rounds away from zero too.
        Assert.Equal(1235, Amount("rd_spend * rate", Values(rdYuan: 123.455m)));
        Assert.Equal(-1235, Amount("-(rd_spend * rate)", Values(rdYuan: 123.455m)));
        Assert.Equal(12_345_678, Amount("rd_spend", Values(rdYuan: 123_456.78m)));
        Assert.Equal(1.5e6, Amount("1.5万元", Values()));
    }

    [Fact]
    public void Min_and_max_cap_an_amount()
    {
        Assert.Equal(80_000 * 100, Amount("min(rd_spend * rate, cap)", Values()));
        Assert.Equal(500_000 * 100, Amount("min(rd_spend * rate, cap)", Values(rdYuan: 9_000_000)));
        Assert.Equal(100_000 * 100, Amount("max(rd_spend * rate, 10万元)", Values()));
    }

    [Fact]
    public void A_period_moves_a_date_by_the_calendar()
    {
        Assert.True(Holds("established_on + 1个月 = 2024-02-29", Values(established: "2024-01-31")));
        Assert.True(Holds("established_on - 1年 = 2023-02-28", Values(established: "2024-02-29")));
        // An unknown date (no record) is never shifted off the calendar.
        Assert.False(Holds("established_on <= today - 2年 且 established_on > 2000-01-01", Values(established: "0001-01-01")));
    }

    [Theory]
    [InlineData("rd_spend >= 50", "请写明单位", 12)]
    [InlineData("rd_spend >= employees", "类型不一致", 12)]
    [InlineData("profit > 50万元", "没有“profit”", 0)]
    [InlineData("industry > C39", "只能用 = 或 !=", 0)]
    [InlineData("size = 巨型", "没有“巨型”这个答案", 7)]
    [InlineData("high_tech = 也许", "应写 是 或 否", 12)]
    [InlineData("established_on + revenue > today", "日期与金额不能做“+”运算", 15)]
    [InlineData("(high_tech and employees > 1", "缺少右括号", 28)]
    [InlineData("employees", "须写明比较", 0)]
    [InlineData("high_tech high_tech", "无法理解", 10)]
    [InlineData("industry in C39", "花括号", 12)]
    [InlineData("min(rd_spend, employees) > 1万元", "参数类型应一致", 14)]
    [InlineData("rd_spend >= \"50万元", "引号没有闭合", 12)]
    public void A_bad_rule_names_what_and_where(string rule, string message, int position)
    {
        var e = Assert.Throws<RuleException>(() => RuleParser.Condition(rule, Firm));
        Assert.Contains(message, e.Message);
        Assert.Equal(position, e.Position);
        Assert.StartsWith($"第{position + 1}个字符", e.Message);
    }

    [Fact]
    public void An_amount_must_be_money() =>
        Assert.Contains("应是金额", Assert.Throws<RuleException>(() => RuleParser.Value("employees * 2", Firm, RuleType.Money)).Message);

    [Fact]
    public void The_trace_says_which_sub_condition_failed_and_what_would_satisfy_it()
    {
        const string rule = "high_tech and rd_spend >= 50万元 and industry in {C39, C40} and established_on <= today - 2年";
        var outcome = RuleExplainer.Condition(rule, RuleParser.Condition(rule, Firm), Values(rdYuan: 380_000));
        Assert.False(outcome.Held);
        Assert.Equal(4, outcome.Checks.Count);
        var failed = Assert.Single(outcome.Failed);
        Assert.Equal("rd_spend >= 50万元", failed.Rule);
        Assert.Equal("上年度研发投入 38万元，低于 50万元", failed.Detail);
        Assert.Equal("上年度研发投入不低于 50万元", failed.Need);
        Assert.Contains(outcome.Checks, c => c.Held && c.Detail == "行业大类 C39，属于 C39、C40");
        Assert.Contains(outcome.Checks, c => c.Held && c.Detail == "高新技术企业：是");
        Assert.Contains(outcome.Checks, c => c.Held && c.Detail.StartsWith("成立日期 2018-05-01，早于", StringComparison.Ordinal));

        var not = RuleExplainer.Condition("not high_tech", RuleParser.Condition("not high_tech", Firm), Values());
        Assert.False(not.Held);
        Assert.False(Assert.Single(not.Checks).Held);
    }

    [Fact]
    public void The_working_of_an_amount_is_written_out()
    {
        const string rule = "min(rd_spend * rate, cap)";
        var (value, working) = RuleExplainer.Value(rule, RuleParser.Value(rule, Firm, RuleType.Money), Values());
        Assert.Equal(8_000_000, value);
        Assert.Equal("取小(上年度研发投入 80万元 × 补助比例 10%, 补助上限 50万元) = 8万元", working);
    }
}
