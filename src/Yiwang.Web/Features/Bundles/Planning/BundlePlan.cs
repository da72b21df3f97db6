using Yiwang.Web.Features.Catalog;

namespace Yiwang.Web.Features.Bundles.Planning;

/// <summary>
/// One applicant's 一件事 (订单式): which parts apply, in which order, which materials they bring
/// and which are provided by an earlier part's result, which fields they fill, the fees, the time
/// and the trips. Positions refer to the bundle definition's lists.
/// </summary>
internal sealed record BundlePlan(CompiledBundle Bundle, bool[] Parts, int[] PartEndDays, MaterialNeed[] Materials, bool[] Fields, int ChainDays, int Trips)
{
    /// <summary>The promised limit for the whole: the bundle's own when set, else the longest chain of the parts' limits.</summary>
    public int PromisedDays => Bundle.Definition.PromisedLimitDays > 0 ? Math.Min(Bundle.Definition.PromisedLimitDays, ChainDays) : ChainDays;

    public IEnumerable<int> SelectedParts => Enumerable.Range(0, Parts.Length).Where(i => Parts[i]);

    public IEnumerable<FormField> FormFields =>
        Bundle.Definition.Fields.Where((_, i) => Fields[i]).Select(f => f.AsFormField());

    public PlanView View()
    {
        var d = Bundle.Definition;
        var parts = SelectedParts.Select(i =>
        {
            var item = Bundle.Items[i];
            return new PlanPartView(d.Parts[i].Key, item.Code, item.Guide.Name, item.DepartmentName, item.Guide.ResultName, item.Guide.PromisedLimitDays,
                item.Guide.IsCharged ? item.Guide.FeeStandard ?? "收费" : "不收费", item.Guide.OnsiteVisits,
                Bundle.PredecessorsOf(i, Parts).Select(a => d.Parts[a].Key).ToList(), PartEndDays[i]);
        }).ToList();
        var materials = new List<PlanMaterialView>();
        for (var m = 0; m < Materials.Length; m++)
        {
            if (!Materials[m].Needed) continue;
            var x = d.Materials[m];
            var forParts = x.Parts.Where(k => d.Parts.FindIndex(p => p.Key == k) is var i and >= 0 && Parts[i]).ToList();
            var provider = Materials[m].IsProvided ? d.Parts[Materials[m].ProvidedByPart].Key : null;
            materials.Add(new PlanMaterialView(x.Key, x.Name, string.Join("、", x.Forms.Select(f => f.Label())), x.Copies, x.Required, x.Condition,
                x.Source is { } s ? s.Label() : null, x.Note, forParts, provider));
        }
        var fees = parts.Where(p => p.Fee != "不收费").Select(p => $"{p.ItemName}：{p.Fee}").ToList();
        return new PlanView(Bundle.Code, d.Name, Bundle.VersionNo, parts, materials, FormFields.ToList(), fees.Count == 0 ? ["全部免费"] : fees,
            PromisedDays, ChainDays, Trips);
    }
}

public sealed record PlanPartView(string Key, string ItemCode, string ItemName, string DepartmentName, string? ResultName, int PromisedDays, string Fee, int OnsiteVisits,
    IReadOnlyList<string> After, int EndsByDay);

public sealed record PlanMaterialView(string Key, string Name, string Forms, int Copies, bool Required, string? Condition, string? Source, string? Note,
    IReadOnlyList<string> ForParts, string? ProvidedBy);

/// <summary>What the applicant sees (and prints) before applying; the API's plan answer.</summary>
public sealed record PlanView(string Code, string Name, int VersionNo, IReadOnlyList<PlanPartView> Parts, IReadOnlyList<PlanMaterialView> Materials,
    IReadOnlyList<FormField> Fields, IReadOnlyList<string> Fees, int PromisedDays, int PartsChainDays, int Trips);
