using BenchmarkDotNet.Attributes;
using Yiwang.Web.Features.Bundles;
using Yiwang.Web.Features.Bundles.Planning;
using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.Catalog.Guidance;

namespace Yiwang.Bench;

/// <summary>
/// 智能导办 plan evaluation for a bundle of 10 parts and 20 questions (12 yes/no, 4 choices, 4
/// numbers), 16 materials and 8 fields with conditions, per plan over 64 answer sets. Baseline: the
/// same conditions hand-written in C# over the same answers (strings in a dictionary), producing
/// the same plan arrays. Target ≥ 50 000 plans per second on one core (≤ 20 µs a plan).
/// </summary>
[OperationsPerSecond]
public class PlanBenchmarks
{
    private const int Sets = 64;
    private CompiledBundle _bundle = null!;
    private Dictionary<string, string>[] _answers = null!;
    private int[] _days = null!;

    // Part conditions and predecessors, written once for the engine; the baseline repeats them in C#.
    private static readonly (string? When, string[] After)[] Parts =
    [
        (null, []), ("q1", ["p0"]), ("q2 and c1 = B", ["p0"]), ("q3 or n1 > 10", []), ("not q4", ["p1"]),
        ("n2 >= 5 and n3 < 100", ["p3"]), ("(q5 or q6) and c2 = 中", []), ("c3 != 否决 and q7", ["p2", "p4"]), ("q8 and not (q9 or n4 > 50)", []), ("c4 = 乙 or q10", ["p7"]),
    ];

    private static readonly (string? When, string[] Parts, string[] ProvidedBy)[] Materials =
    [
        (null, ["p0", "p1"], []), ("q11", ["p1"], []), (null, ["p2", "p4"], ["p0"]), ("n1 > 20", ["p3"], []), (null, ["p4"], []), ("q12 and n2 > 1", ["p5"], []),
        (null, ["p6"], []), ("c1 = A", ["p6", "p7"], []), (null, ["p7"], ["p2"]), ("not q11", ["p8"], []), (null, ["p9"], ["p7"]), ("n3 >= 50", ["p5", "p9"], []),
        (null, [], []), ("q1 and q2", ["p1", "p2"], []), ("c2 = 高 or c2 = 中", ["p6"], []), ("n4 <= 10", ["p8"], []),
    ];

    private static readonly (string? When, string[] MapsTo)[] Fields =
    [
        (null, []), ("q1", ["p1.f"]), (null, ["p2.f", "p3.f"]), ("c1 = C", ["p2.g"]), (null, ["p5.f"]), ("n2 > 3", ["p5.g"]), (null, ["p9.f"]), ("q12", []),
    ];

    [GlobalSetup]
    public void Setup()
    {
        var questions = Enumerable.Range(1, 12).Select(i => new Question { Key = $"q{i}", Text = $"问题{i}", Kind = QuestionKind.YesNo })
            .Concat([
                new Question { Key = "c1", Text = "类型", Kind = QuestionKind.Choice, Options = ["A", "B", "C"] },
                new Question { Key = "c2", Text = "规模", Kind = QuestionKind.Choice, Options = ["高", "中", "低"] },
                new Question { Key = "c3", Text = "意见", Kind = QuestionKind.Choice, Options = ["同意", "否决", "待定"] },
                new Question { Key = "c4", Text = "类别", Kind = QuestionKind.Choice, Options = ["甲", "乙", "丙"] },
            ])
            .Concat(Enumerable.Range(1, 4).Select(i => new Question { Key = $"n{i}", Text = $"数量{i}", Kind = QuestionKind.Number })).ToList();
        var items = new Dictionary<string, PartItem>();
        var definition = new BundleDefinition { Name = "基准一件事", LifeCycle = LifeCycle.Enterprise, Stage = "开办", Questions = questions };
        _days = new int[Parts.Length];
        for (var i = 0; i < Parts.Length; i++)
        {
            _days[i] = i % 4 * 3;
            items[$"I{i}"] = new PartItem($"I{i}", i, $"部门{i}", new ServiceGuide { Name = $"事项{i}", PromisedLimitDays = _days[i], OnsiteVisits = i % 3 == 0 ? 1 : 0 });
            definition.Parts.Add(new BundlePart { Key = $"p{i}", ItemCode = $"I{i}", When = Parts[i].When, After = [.. Parts[i].After] });
        }
        definition.Materials = Materials.Select((m, i) => new BundleMaterial { Key = $"m{i}", Name = $"材料{i}", When = m.When, Parts = [.. m.Parts], ProvidedBy = [.. m.ProvidedBy] }).ToList();
        definition.Fields = Fields.Select((f, i) => new BundleField { Key = $"f{i}", Label = $"字段{i}", When = f.When, MapsTo = [.. f.MapsTo] }).ToList();
        _bundle = new CompiledBundle("bench", 1, definition, items);

        var rnd = new Random(7);
        string[] yesNo = ["是", "否"];
        _answers = Enumerable.Range(0, Sets).Select(_ =>
        {
            var a = new Dictionary<string, string>();
            foreach (var q in questions)
                a[q.Key] = q.Kind == QuestionKind.Number ? rnd.Next(0, 120).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : q.Kind == QuestionKind.YesNo ? yesNo[rnd.Next(2)] : q.Options[rnd.Next(q.Options.Count)];
            return a;
        }).ToArray();

        // The two must agree on every answer set, or the comparison means nothing.
        foreach (var a in _answers)
        {
            var engine = Engine(a);
            var hand = HandWritten(a);
            if (!engine.Parts.SequenceEqual(hand.Parts) || !engine.PartEndDays.SequenceEqual(hand.Days) || !engine.Materials.SequenceEqual(hand.Materials) || !engine.Fields.SequenceEqual(hand.Fields))
                throw new InvalidOperationException("engine and hand-written plans differ");
        }
    }

    private BundlePlan Engine(Dictionary<string, string> answers)
    {
        var values = _bundle.Questionnaire.Bind(answers, out var errors);
        if (errors.Count > 0) throw new InvalidOperationException();
        return _bundle.Plan(values);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Sets)]
    public int HandWrittenConditions()
    {
        var n = 0;
        foreach (var a in _answers) n += HandWritten(a).Trips;
        return n;
    }

    [Benchmark(OperationsPerInvoke = Sets)]
    public int CompiledEngine()
    {
        var n = 0;
        foreach (var a in _answers) n += Engine(a).Trips;
        return n;
    }

    [Benchmark(OperationsPerInvoke = Sets)]
    public int CompiledEngineWithView()
    {
        var n = 0;
        foreach (var a in _answers) n += Engine(a).View().Materials.Count;
        return n;
    }

    private sealed record HandPlan(bool[] Parts, int[] Days, MaterialNeed[] Materials, bool[] Fields, int Trips);

    /// <summary>What a developer would write for this one bundle: the answers read and compared as strings and numbers.</summary>
    private HandPlan HandWritten(Dictionary<string, string> a)
    {
        bool Y(string k) => a[k] == "是";
        double N(string k) => double.Parse(a[k], System.Globalization.CultureInfo.InvariantCulture);
        var p = new bool[10];
        p[0] = true;
        p[1] = Y("q1");
        p[2] = Y("q2") && a["c1"] == "B";
        p[3] = Y("q3") || N("n1") > 10;
        p[4] = !Y("q4");
        p[5] = N("n2") >= 5 && N("n3") < 100;
        p[6] = (Y("q5") || Y("q6")) && a["c2"] == "中";
        p[7] = a["c3"] != "否决" && Y("q7");
        p[8] = Y("q8") && !(Y("q9") || N("n4") > 50);
        p[9] = a["c4"] == "乙" || Y("q10");
        var end = new int[10];
        int Start(params int[] after) { var s = 0; foreach (var x in after) if (p[x] && end[x] > s) s = end[x]; return s; }
        int[][] afters = [[], [0], [0], [], [1], [3], [], [2, 4], [], [7]];
        var trips = 0;
        for (var i = 0; i < 10; i++)
        {
            if (!p[i]) continue;
            end[i] = Start(afters[i]) + _days[i];
            if (i % 3 == 0) trips = 1;
        }
        MaterialNeed M(bool when, int[] parts, int[] providers)
        {
            if (!when || (parts.Length > 0 && !parts.Any(x => p[x]))) return default;
            foreach (var x in providers) if (p[x]) return MaterialNeed.Provided(x);
            return MaterialNeed.Asked;
        }
        var m = new[]
        {
            M(true, [0, 1], []), M(Y("q11"), [1], []), M(true, [2, 4], [0]), M(N("n1") > 20, [3], []), M(true, [4], []), M(Y("q12") && N("n2") > 1, [5], []),
            M(true, [6], []), M(a["c1"] == "A", [6, 7], []), M(true, [7], [2]), M(!Y("q11"), [8], []), M(true, [9], [7]), M(N("n3") >= 50, [5, 9], []),
            M(true, [], []), M(Y("q1") && Y("q2"), [1, 2], []), M(a["c2"] == "高" || a["c2"] == "中", [6], []), M(N("n4") <= 10, [8], []),
        };
        bool F(bool when, int[] parts) => when && (parts.Length == 0 || parts.Any(x => p[x]));
        var f = new[] { F(true, []), F(Y("q1"), [1]), F(true, [2, 3]), F(a["c1"] == "C", [2]), F(true, [5]), F(N("n2") > 3, [5]), F(true, [9]), F(Y("q12"), []) };
        return new HandPlan(p, end, m, f, trips);
    }
}
