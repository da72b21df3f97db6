using Yiwang.Web.Features.Catalog;

namespace Yiwang.Web.Features.Indicators;

/// <summary>The facts of one item in force that the catalog indicators count.</summary>
internal sealed record ItemFacts(string Code, string Name, int DepartmentId, ItemType Type, int LegalDays, int PromisedDays, CaseKind Kind,
    int OnlineDepth, int OnsiteVisits, bool ChiefDecidesAtWindow, bool CrossRegion);

/// <summary>A figure and what it is made of: numerator ÷ denominator, and for each record whether it counts in the numerator.</summary>
internal sealed record Figure(double Numerator, double Denominator, IReadOnlyList<FigureRecord> Records)
{
    public double? Value => Denominator == 0 ? null : Numerator / Denominator;
}

/// <summary>One record behind a figure (an item, a case, a department or a division).</summary>
internal sealed record FigureRecord(string Key, string Title, int? DepartmentId, bool Counted, string Detail, string? Link);

/// <summary>The catalog indicators as pure functions of the items in force (unit-tested on hand-computed sets).</summary>
internal static class CatalogFigures
{
    public static Figure Share(IEnumerable<ItemFacts> items, Func<ItemFacts, bool> counted, Func<ItemFacts, string> detail)
    {
        var records = items.Select(i => Record(i, counted(i), detail(i))).ToList();
        return new Figure(records.Count(r => r.Counted), records.Count, records);
    }

    /// <summary>(Σ legal − Σ promised) ÷ Σ legal over 行政许可 items that have a legal limit.</summary>
    public static Figure PromisedCompression(IEnumerable<ItemFacts> items)
    {
        var licensing = items.Where(i => i.Type == ItemType.AdministrativeLicensing && i.LegalDays > 0).ToList();
        var records = licensing.Select(i => Record(i, i.PromisedDays < i.LegalDays,
            $"法定 {i.LegalDays} 个工作日，承诺 {i.PromisedDays} 个工作日，压缩 {(i.LegalDays - i.PromisedDays) * 100.0 / i.LegalDays:0.#}%")).ToList();
        return new Figure(licensing.Sum(i => i.LegalDays - Math.Min(i.PromisedDays, i.LegalDays)), licensing.Sum(i => i.LegalDays), records);
    }

    public static Figure Compute(string key, IReadOnlyList<ItemFacts> items) => key switch
    {
        IndicatorDefinitions.PromisedCompression => PromisedCompression(items),
        IndicatorDefinitions.ImmediateShare => Share(items, i => i.Kind == CaseKind.Immediate, i => i.Kind == CaseKind.Immediate ? "即办件" : $"承诺件（{i.PromisedDays} 个工作日）"),
        IndicatorDefinitions.OnlineAvailable => Share(items, i => i.OnlineDepth >= 2, i => $"网办深度 {i.OnlineDepth} 级"),
        IndicatorDefinitions.AtMostOneVisit => Share(items, i => i.OnsiteVisits <= 1, i => $"到现场 {i.OnsiteVisits} 次"),
        IndicatorDefinitions.FullyOnline => Share(items, i => i.OnlineDepth >= 4, i => $"网办深度 {i.OnlineDepth} 级"),
        IndicatorDefinitions.ChiefApproval => Share(items, i => i.ChiefDecidesAtWindow, i => i.ChiefDecidesAtWindow ? "首席审批员窗口直接审批" : "后台审批"),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, "not a catalog share"),
    };

    private static FigureRecord Record(ItemFacts i, bool counted, string detail) => new(i.Code, i.Name, i.DepartmentId, counted, detail, $"/items/{i.Code}");
}
