using BenchmarkDotNet.Attributes;
using Yiwang.Web.Data.Seed;
using Yiwang.Web.Features.Catalog.Search;
using Yiwang.Web.Features.Organization;

namespace Yiwang.Bench;

/// <summary>
/// Index search against the baseline of a hand-written scan over the same documents
/// (substring match on name, result and keywords). The catalog is the demo catalog repeated
/// to <see cref="Items"/> documents, roughly a province's item count.
/// </summary>
[MemoryDiagnoser]
public class CatalogSearchBenchmarks
{
    [Params(5_000, 50_000)] public int Items;
    [Params("证", "社保", "个体 营业执照")] public string Query = "";
    private CatalogSearchIndex _index = null!;
    private List<CatalogDocument> _docs = null!;

    [GlobalSetup]
    public void Setup()
    {
        var reference = ReferenceCatalog.Load();
        var departments = DemoOrganization.Departments(reference).Select((d, i) => new Department { Id = i + 1, Code = d.Code, Name = d.Name, DivisionCode = d.DivisionCode, Kind = d.Kind }).ToList();
        var halls = DemoOrganization.Halls(n => departments.Single(d => d.Name == n).Id);
        var demo = DemoCatalog.Items(reference, departments, halls).ToList();
        _docs = Enumerable.Range(0, Items).Select(i =>
        {
            var (code, dept, g) = demo[i % demo.Count];
            var d = departments.Single(x => x.Name == dept);
            return new CatalogDocument($"{code}-{i}", g.Name, d.Id, d.Name, DivisionCodes.SelfAndAncestors(d.DivisionCode), g.Type, g.Audiences, g.Themes,
                g.CaseKind, g.PromisedLimitDays, g.LegalLimitDays, g.OnlineDepthLevel, g.OnsiteVisits, g.ResultName, g.Keywords, 1);
        }).ToList();
        _index = new CatalogSearchIndex();
        _index.Rebuild(_docs, "bench");
    }

    /// <summary>What a search without an index does: test every document, rank the matches, count them.</summary>
    [Benchmark(Baseline = true)]
    public int Scan()
    {
        var words = Query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ranked = _docs
            .Select(d => (Doc: d, Score: words.Sum(w =>
                (d.Name.Contains(w, StringComparison.Ordinal) ? 4 : 0)
                + (d.ResultName?.Contains(w, StringComparison.Ordinal) == true ? 2 : 0)
                + (d.Keywords.Any(k => k.Contains(w, StringComparison.Ordinal)) ? 2 : 0))))
            .Where(x => x.Score > 0)
            .ToList();
        return ranked.OrderByDescending(x => x.Score).Take(20).Count() + ranked.Count;
    }

    [Benchmark]
    public int Index() { var hits = _index.Search(new CatalogQuery(Query)); return hits.Items.Count + hits.Total; }

    [GlobalCleanup]
    public void Cleanup() => _index.Dispose();
}
