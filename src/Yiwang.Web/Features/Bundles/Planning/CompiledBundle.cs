using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.Catalog.Guidance;

namespace Yiwang.Web.Features.Bundles.Planning;

/// <summary>The item a part stands for, in its version in force.</summary>
internal sealed record PartItem(string Code, int DepartmentId, string DepartmentName, ServiceGuide Guide);

/// <summary>
/// A bundle version ready to answer questionnaires: its conditions compiled, each part's
/// predecessors and each material's providers resolved to positions. Built once per published
/// version (and item change), then shared read-only by every plan.
/// </summary>
internal sealed class CompiledBundle
{
    public string Code { get; }
    public int VersionNo { get; }
    public BundleDefinition Definition { get; }
    public Questionnaire Questionnaire { get; }
    public IReadOnlyList<PartItem> Items { get; }
    private readonly Condition?[] _partWhen, _materialWhen, _fieldWhen;
    private readonly int[][] _after, _materialParts, _providers, _fieldParts;

    public CompiledBundle(string code, int versionNo, BundleDefinition d, IReadOnlyDictionary<string, PartItem> items)
    {
        (Code, VersionNo, Definition) = (code, versionNo, d);
        Questionnaire = new Questionnaire(d.Questions);
        var partIndex = d.Parts.Select((p, i) => (p.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        int[] Indexes(IEnumerable<string> keys) => keys.Select(k => partIndex.TryGetValue(k, out var i) ? i : -1).Where(i => i >= 0).ToArray();
        Items = d.Parts.Select(p => items.TryGetValue(p.ItemCode, out var item) ? item : throw new ConditionException($"事项 {p.ItemCode} 不存在或未发布")).ToList();
        _partWhen = d.Parts.Select(p => Condition.Parse(p.When, Questionnaire)).ToArray();
        _after = d.Parts.Select(p => Indexes(p.After)).ToArray();
        _materialWhen = d.Materials.Select(m => Condition.Parse(m.When, Questionnaire)).ToArray();
        _materialParts = d.Materials.Select(m => Indexes(m.Parts)).ToArray();
        _providers = d.Materials.Select(m => Indexes(m.ProvidedBy)).ToArray();
        _fieldWhen = d.Fields.Select(f => Condition.Parse(f.When, Questionnaire)).ToArray();
        _fieldParts = d.Fields.Select(f => Indexes(f.MapsTo.Select(m => m.Split('.')[0]))).ToArray();
    }

    /// <summary>The plan for one set of answers (bound by <see cref="Questionnaire.Bind"/>).</summary>
    public BundlePlan Plan(double[] answers)
    {
        var parts = Definition.Parts;
        var selected = new bool[parts.Count];
        var end = new int[parts.Count];
        var (total, trips) = (0, 0);
        for (var i = 0; i < parts.Count; i++)
        {
            if (!Condition.Holds(_partWhen[i], answers)) continue;
            selected[i] = true;
            // Predecessors come earlier in the list, so their ends are known: the longest chain is the time.
            var start = 0;
            foreach (var a in _after[i]) if (selected[a] && end[a] > start) start = end[a];
            end[i] = start + Items[i].Guide.PromisedLimitDays;
            if (end[i] > total) total = end[i];
            if (Items[i].Guide.OnsiteVisits > trips) trips = Items[i].Guide.OnsiteVisits;
        }
        var materials = new MaterialNeed[Definition.Materials.Count];
        for (var m = 0; m < materials.Length; m++)
        {
            if (!Condition.Holds(_materialWhen[m], answers) || !AnySelected(_materialParts[m], selected, whenEmpty: true)) continue;
            var provider = -1;
            foreach (var p in _providers[m]) if (selected[p]) { provider = p; break; }
            materials[m] = provider >= 0 ? MaterialNeed.Provided(provider) : MaterialNeed.Asked;
        }
        var fields = new bool[Definition.Fields.Count];
        for (var f = 0; f < fields.Length; f++)
            fields[f] = Condition.Holds(_fieldWhen[f], answers) && AnySelected(_fieldParts[f], selected, whenEmpty: true);
        return new BundlePlan(this, selected, end, materials, fields, total, trips);
    }

    /// <summary>The selected predecessors of a part.</summary>
    public IEnumerable<int> PredecessorsOf(int part, bool[] selected) => _after[part].Where(a => selected[a]);

    private static bool AnySelected(int[] parts, bool[] selected, bool whenEmpty)
    {
        if (parts.Length == 0) return whenEmpty;
        foreach (var p in parts) if (selected[p]) return true;
        return false;
    }
}

/// <summary>Whether a material is asked of the applicant, provided by a part's result, or not needed.</summary>
internal readonly record struct MaterialNeed(bool Needed, int ProvidedByPart)
{
    public static readonly MaterialNeed Asked = new(true, -1);
    public static MaterialNeed Provided(int part) => new(true, part);
    public bool IsProvided => Needed && ProvidedByPart >= 0;
}
