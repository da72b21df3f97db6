using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.Indicators;

namespace Yiwang.Tests.Features.Indicators;

/// <summary>Each catalog formula on four hand-made items, and the targets in force year by year.</summary>
public class IndicatorFormulaTests
{
    private static readonly ItemFacts[] Items =
    [
        //             code  name  dept  type                                legal promised kind                depth visits chief  cross
        new("A", "甲", 1, ItemType.AdministrativeLicensing, 20, 5, CaseKind.Promised, 4, 0, true, true),
        new("B", "乙", 1, ItemType.AdministrativeLicensing, 10, 0, CaseKind.Immediate, 3, 1, true, false),
        new("C", "丙", 2, ItemType.AdministrativeLicensing, 0, 3, CaseKind.Promised, 2, 2, false, false),
        new("D", "丁", 2, ItemType.PublicService, 30, 10, CaseKind.Immediate, 1, 1, false, true),
    ];

    [Fact]
    public void Promised_compression_counts_licensing_items_with_a_legal_limit_only()
    {
        // A and B: legal 20 + 10 = 30, promised 5 + 0 = 5: (30 − 5) ÷ 30.
        var f = CatalogFigures.PromisedCompression(Items);
        Assert.Equal((25.0, 30.0), (f.Numerator, f.Denominator));
        Assert.Equal(25 / 30.0, f.Value!.Value, 9);
        Assert.Equal(["A", "B"], f.Records.Select(r => r.Key));
        Assert.Contains("压缩 75%", f.Records[0].Detail);
    }

    [Theory]
    [InlineData(IndicatorDefinitions.ImmediateShare, 2, "B,D")]
    [InlineData(IndicatorDefinitions.OnlineAvailable, 3, "A,B,C")]
    [InlineData(IndicatorDefinitions.AtMostOneVisit, 3, "A,B,D")]
    [InlineData(IndicatorDefinitions.FullyOnline, 1, "A")]
    [InlineData(IndicatorDefinitions.ChiefApproval, 2, "A,B")]
    public void Shares_count_the_items_that_meet_the_definition(string key, int counted, string which)
    {
        var f = CatalogFigures.Compute(key, Items);
        Assert.Equal((counted, 4.0), (f.Numerator, f.Denominator));
        Assert.Equal(which, string.Join(",", f.Records.Where(r => r.Counted).Select(r => r.Key)));
    }

    [Fact]
    public void No_items_is_no_value_not_zero()
    {
        Assert.Null(CatalogFigures.Compute(IndicatorDefinitions.ImmediateShare, []).Value);
    }

    [Theory]
    [InlineData(2021, 1 / 100_000.0)]
    [InlineData(2022, 1 / 100_000.0)]
    [InlineData(2023, 1 / 200_000.0)]
    [InlineData(2026, 1 / 300_000.0)]
    public void The_card_rate_target_tightens_year_by_year(int year, double target)
    {
        var d = IndicatorDefinitions.Find(IndicatorDefinitions.CardRate)!;
        Assert.Equal(target, d.TargetFor(year)!.Value, 12);
        Assert.True(d.Met(target, year));
        Assert.False(d.Met(target * 1.01, year));
    }

    [Fact]
    public void Every_indicator_is_defined_in_words()
    {
        Assert.All(IndicatorDefinitions.All, d => Assert.False(string.IsNullOrWhiteSpace(d.Numerator + d.Denominator + d.Basis)));
        Assert.Equal(IndicatorDefinitions.All.Count, IndicatorDefinitions.All.Select(d => d.Key).Distinct().Count());
        var doc = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "../../../../../docs/indicators.md"));
        Assert.All(IndicatorDefinitions.All, d => Assert.Contains($"`{d.Key}`", doc));
    }
}
