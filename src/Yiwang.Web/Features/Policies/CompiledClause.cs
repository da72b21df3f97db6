using Yiwang.Web.Common.Rules;

namespace Yiwang.Web.Features.Policies;

/// <summary>A fact a result was computed from: its name, value in words and source.</summary>
public sealed record FactUsed(string Key, string Label, string Value, string Source, DateOnly? AsOf)
{
    /// <summary>A fact as a trace keeps it: the day of the calculation, "（无记录）" for a library fact there is no record of, else its value in words.</summary>
    internal static FactUsed Of(RuleFact f, double[] values, bool unrecorded, string origin, DateOnly? asOf, DateOnly on) =>
        new(f.Key, f.Label, f.Slot == 0 ? on.ToString("yyyy-MM-dd") : unrecorded ? "（无记录）" : RuleExplainer.Format(f.Type, values[f.Slot], f), origin, asOf);
}

/// <summary>
/// How one clause of one policy version came out for one firm on one day: eligible or not, how much,
/// and the whole trace (the clause version, the facts with their sources, every sub-condition, the
/// amount's working). Stored with each match; recomputed on demand for the rest.
/// </summary>
internal sealed record ClauseTrace(string PolicyCode, int VersionNo, string ClauseKey, DateOnly On, bool Eligible, long? AmountFen,
    IReadOnlyList<RuleCheck> Checks, IReadOnlyList<FactUsed> Facts, string? AmountWorking)
{
    /// <summary>The failed sub-conditions in words: "不符合：上年度研发投入 38万元，低于 50万元".</summary>
    public IEnumerable<string> WhyNot => Checks.Where(c => !c.Held).Select(c => "不符合：" + c.Detail);

    /// <summary>What would make the firm eligible.</summary>
    public IEnumerable<string> WouldQualify => Checks.Where(c => !c.Held && c.Need is not null).Select(c => c.Need!);

    public string Summary => Eligible
        ? "符合：" + string.Join("；", Checks.Where(c => c.Held).Select(c => c.Detail))
        : string.Join("；", WhyNot);
}

/// <summary>
/// A clause's rules read once against the firm facts and its parameters, compiled to delegates: the
/// parameters' values for a day are put after the firm's facts, so one value array serves every clause.
/// </summary>
internal sealed class CompiledClause
{
    private readonly RuleNode _eligibility;
    private readonly RuleNode? _amount;
    private readonly (PolicyParameter Parameter, RuleFact Fact)[] _parameters;
    private readonly Func<double[], bool>[] _conjuncts;
    /// <summary>Per conjunct: it reads only what a firm can change (size, figures, status), not what it is (industry, place, age).</summary>
    private readonly bool[] _reachable;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (Func<double[], bool> Eligible, Func<double[], double>? Amount)> _byParameters = new();

    public string PolicyCode { get; }
    public int VersionNo { get; }
    public PolicyClause Clause { get; }
    public PolicyDocument Document { get; }
    public int Width => FirmFacts.Width + _parameters.Length;

    public CompiledClause(string policyCode, int versionNo, PolicyDocument document, PolicyClause clause)
    {
        (PolicyCode, VersionNo, Document, Clause) = (policyCode, versionNo, document, clause);
        _parameters = clause.Parameters.Select((p, i) => (p, new RuleFact(p.Key, p.Label, p.Type, FirmFacts.Width + i, Unit: p.Unit))).ToArray();
        var schema = Schema(clause);
        _eligibility = RuleParser.Condition(clause.Eligibility, schema);
        _conjuncts = Conjuncts(_eligibility).Select(RuleCompiler.Condition).ToArray();
        _reachable = Conjuncts(_eligibility).Select(c => !RuleNodes.Facts(c).Any(f => FirmFacts.Fixed.Contains(f.Key))).ToArray();
        if (!string.IsNullOrWhiteSpace(clause.Amount)) _amount = RuleParser.Value(clause.Amount, schema, RuleType.Money);
    }

    /// <summary>The firm's facts the clause's rules read (not the day, not its own parameters): what the 政策计算器 asks.</summary>
    public IEnumerable<RuleFact> FirmFactsUsed => RuleNodes.Facts(_eligibility).Concat(_amount is null ? [] : RuleNodes.Facts(_amount))
        .Where(f => f.Slot > 0 && f.Slot < FirmFacts.Width).DistinctBy(f => f.Key);

    /// <summary>The firm facts and the clause's parameters, as its rules may name them.</summary>
    public static RuleSchema Schema(PolicyClause clause) =>
        new(FirmFacts.All.Select(f => f.Fact).Concat(clause.Parameters.Select((p, i) => new RuleFact(p.Key, p.Label, p.Type, FirmFacts.Width + i, Unit: p.Unit))));

    /// <summary>A parameter value as written ("50万元", "10%", "2024-01-01") read as its type.</summary>
    public static double ParameterValue(string text, RuleType type) =>
        // Read once per text and type: every evaluation of a clause needs its parameters, and compiling them each time cost a request its speed.
        ParameterValues.GetOrAdd((text, type), k => Literal(k.Text, k.Type));

    /// <summary>A value written as in a rule, read without keeping it (for answers typed by the public: nothing of theirs is cached).</summary>
    public static double Literal(string text, RuleType type) => RuleCompiler.Value(RuleParser.Value(text, new RuleSchema([]), type))([]);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Text, RuleType Type), double> ParameterValues = new();

    /// <summary>The parameters' values in force on a day (null when one has none that day: the clause does not apply).</summary>
    public double[]? ParametersOn(DateOnly day)
    {
        var values = new double[_parameters.Length];
        for (var i = 0; i < _parameters.Length; i++)
        {
            if (_parameters[i].Parameter.On(day) is not { } v) return null;
            values[i] = ParameterValue(v.Value, _parameters[i].Parameter.Type);
        }
        return values;
    }

    /// <summary>
    /// The fastest path, for matching many firms on one day: the rules compiled with that day's parameter
    /// values as constants (once per distinct set of values), reading only the firm's facts. Null when the
    /// clause has no parameters in force that day.
    /// </summary>
    public (Func<double[], bool> Eligible, Func<double[], double>? Amount)? On(DateOnly day)
    {
        if (ParametersOn(day) is not { } values) return null;
        return _byParameters.GetOrAdd(string.Join("|", values), _ =>
        {
            var constants = values.Select((v, i) => (Slot: FirmFacts.Width + i, v)).ToDictionary(x => x.Slot, x => x.v);
            return (RuleCompiler.Condition(_eligibility, constants), _amount is null ? null : RuleCompiler.Value(_amount, constants));
        });
    }

    /// <summary>How many of the rule's top-level "and" parts fail on the values.</summary>
    public int Failing(double[] values)
    {
        var failing = 0;
        foreach (var c in _conjuncts) if (!c(values)) failing++;
        return failing;
    }

    /// <summary>
    /// 差一点: exactly one top-level "and" part fails, and it is one a firm can reach (a figure, a status,
    /// a credit record), not what the firm is (its industry, its place, its age).
    /// </summary>
    public bool NearMiss(double[] values)
    {
        var failed = -1;
        for (var i = 0; i < _conjuncts.Length; i++)
        {
            if (_conjuncts[i](values)) continue;
            if (failed >= 0) return false;
            failed = i;
        }
        return failed >= 0 && _reachable[failed];
    }

    private static IEnumerable<RuleNode> Conjuncts(RuleNode node) =>
        node is LogicNode { And: true } and ? Conjuncts(and.Left).Concat(Conjuncts(and.Right)) : [node];

    /// <summary>The full result with its trace (the slow path: for matches kept and results shown).</summary>
    public ClauseTrace Explain(FactSheet firm, DateOnly on)
    {
        var parameters = ParametersOn(on);
        var values = new double[Width];
        Array.Copy(firm.Values, values, FirmFacts.Width);
        values[0] = on.DayNumber;
        if (parameters is null)
            return new ClauseTrace(PolicyCode, VersionNo, Clause.Key, on, false, null,
                [new RuleCheck("参数", false, $"{on:yyyy-MM-dd} 没有有效的政策参数（条款尚未施行或已停止）", null)], [], null);
        Array.Copy(parameters, 0, values, FirmFacts.Width, parameters.Length);
        var outcome = RuleExplainer.Condition(Clause.Eligibility, _eligibility, values);
        string? working = null;
        long? amount = null;
        if (outcome.Held && _amount is not null)
        {
            var (v, w) = RuleExplainer.Value(Clause.Amount!, _amount, values);
            (amount, working) = ((long)v, w);
        }
        var used = RuleNodes.Facts(_eligibility).Concat(_amount is null ? [] : RuleNodes.Facts(_amount)).DistinctBy(f => f.Key).Select(f =>
        {
            var source = f.Slot < FirmFacts.Width ? firm.Source(f.Slot) : null;
            var origin = f.Slot < FirmFacts.Width ? source?.Source ?? FirmFacts.SourceOf(f.Key) : "政策参数（" + (Clause.Parameters.First(p => p.Key == f.Key).On(on)?.From.ToString("yyyy-MM-dd") ?? "") + "起施行）";
            return FactUsed.Of(f, values, source is null && f.Slot < FirmFacts.Width, origin, source?.AsOf, on);
        }).ToList();
        return new ClauseTrace(PolicyCode, VersionNo, Clause.Key, on, outcome.Held, amount, outcome.Checks, used, working);
    }
}
