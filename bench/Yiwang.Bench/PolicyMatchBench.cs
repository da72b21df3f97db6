using System.Diagnostics;
using Yiwang.Web.Common.Rules;
using Yiwang.Web.Features.Policies;

namespace Yiwang.Bench;

/// <summary>
/// Issue 17's match: N firms × M clauses in one run (default 1 000 000 × 300), each match kept with its
/// trace inputs (the clause, the amount, which conditions held, the facts read), on all cores; printed
/// against (a) the same clauses hand-written as C# lambdas (the ceiling) and (b) Microsoft RulesEngine
/// 6.0.1 on the same rules (timed on a sample and scaled). Run:
/// <c>dotnet run -c Release --project bench/Yiwang.Bench -- policy-match [firms] [clauses]</c>.
/// </summary>
public static class PolicyMatchBench
{
    private const int W = 17; // FirmFacts.Width

    /// <summary>One clause template: the rule text, and the same rule hand-written.</summary>
    private sealed record Spec(string Sections, double Revenue, int Employees, double Rate, double Cap, bool NeedHighTech)
    {
        public string Rule => $"industry_section in {{{Sections}}} and revenue >= min_revenue and employees >= {Employees} and credit_ok" + (NeedHighTech ? " and high_tech" : "");
        public string Amount => "min(revenue * rate, cap)";
    }

    public static void Run(string[] args)
    {
        var firms = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
        var clauseCount = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 300;
        var rnd = new Random(17);
        string[] letters = ["A", "C", "F", "G", "H", "I", "L", "M"];
        var ids = letters.ToDictionary(l => l, RuleSymbols.Id);
        var specs = Enumerable.Range(0, clauseCount).Select(_ =>
        {
            var pick = letters.OrderBy(_ => rnd.Next()).Take(rnd.Next(1, 4)).ToArray();
            return new Spec(string.Join(", ", pick), rnd.Next(100, 5000) * 1_000_000.0, rnd.Next(10, 300), rnd.Next(1, 10) / 100.0, rnd.Next(10, 100) * 1_000_000.0, rnd.Next(3) == 0);
        }).ToArray();
        var clauses = specs.Select((s, i) =>
        {
            var c = new PolicyClause
            {
                Key = $"c{i}", Title = $"条款{i}", Eligibility = s.Rule, Amount = s.Amount, Mode = RedemptionMode.NoApplication, LegalDays = 30, PromisedDays = 20,
                Parameters =
                [
                    new PolicyParameter { Key = "min_revenue", Label = "营业收入门槛", Type = RuleType.Money, Values = [new ParameterValue { From = new DateOnly(2020, 1, 1), Value = $"{s.Revenue / 100}元" }] },
                    new PolicyParameter { Key = "rate", Label = "比例", Type = RuleType.Number, Unit = "%", Values = [new ParameterValue { From = new DateOnly(2020, 1, 1), Value = $"{s.Rate * 100}%" }] },
                    new PolicyParameter { Key = "cap", Label = "上限", Type = RuleType.Money, Values = [new ParameterValue { From = new DateOnly(2020, 1, 1), Value = $"{s.Cap / 100}元" }] },
                ],
            };
            return new CompiledClause("BENCH", 1, new PolicyDocument { Title = "bench", Clauses = [c] }, c);
        }).ToArray();
        var on = new DateOnly(2026, 12, 7);
        var compiled = clauses.Select(c => c.On(on)!.Value).ToArray();

        var values = new double[firms * W];
        for (var f = 0; f < firms; f++)
        {
            var v = values.AsSpan(f * W, W);
            v[0] = on.DayNumber;
            v[6] = ids[letters[rnd.Next(letters.Length)]];
            // Most firms are small: employees and revenue skewed (1–500 people; 1万–1亿元).
            v[7] = Math.Max(1, (int)(Math.Pow(rnd.NextDouble(), 3) * 500));
            v[8] = Math.Round(Math.Pow(rnd.NextDouble(), 4) * 1e8) * 100;
            v[12] = rnd.Next(5) == 0 ? 1 : 0;
            v[14] = rnd.Next(20) == 0 ? 0 : 1;
        }
        Console.WriteLine($"policy-match: {firms:N0} firms × {clauseCount} clauses = {(long)firms * clauseCount:N0} evaluations, {Environment.ProcessorCount} cores");

        // Yiwang: the compiled rules, every match kept (clause, amount in fen, conditions held, the facts read).
        var (yiwang, matches) = Time(() => Match(firms, values, compiled));
        Console.WriteLine($"Yiwang rules (compiled, traces of matches kept): {yiwang.TotalSeconds:F2} s, {matches:N0} matches ({matches * 100.0 / ((long)firms * clauseCount):F2}%)");

        // (a) The same clauses hand-written as C# lambdas.
        var hand = specs.Select<Spec, Func<double[], int, bool>>(s =>
        {
            var set = s.Sections.Split(", ").Select(l => ids[l]).ToArray();
            var (rev, emp, tech) = (s.Revenue, (double)s.Employees, s.NeedHighTech);
            return set.Length switch
            {
                1 => (v, o) => v[o + 6] == set[0] && v[o + 8] >= rev && v[o + 7] >= emp && v[o + 14] == 1 && (!tech || v[o + 12] == 1),
                2 => (v, o) => (v[o + 6] == set[0] || v[o + 6] == set[1]) && v[o + 8] >= rev && v[o + 7] >= emp && v[o + 14] == 1 && (!tech || v[o + 12] == 1),
                _ => (v, o) => (v[o + 6] == set[0] || v[o + 6] == set[1] || v[o + 6] == set[2]) && v[o + 8] >= rev && v[o + 7] >= emp && v[o + 14] == 1 && (!tech || v[o + 12] == 1),
            };
        }).ToArray();
        var amounts = specs.Select<Spec, Func<double[], int, double>>(s => (v, o) => Math.Round(Math.Min(v[o + 8] * s.Rate, s.Cap), MidpointRounding.AwayFromZero)).ToArray();
        var (lambdas, handMatches) = Time(() => HandWritten(firms, values, hand, amounts));
        Console.WriteLine($"(a) hand-written C# lambdas: {lambdas.TotalSeconds:F2} s, {handMatches:N0} matches (same: {handMatches == matches})");

        // (b) Microsoft RulesEngine 6.0.1, the same rules in its Dynamic LINQ, on a sample (it is far slower).
        var sample = Math.Min(firms, 2_000);
        var engine = new RulesEngine.RulesEngine([new RulesEngine.Models.Workflow
        {
            WorkflowName = "policies",
            Rules = specs.Select((s, i) => new RulesEngine.Models.Rule
            {
                RuleName = $"c{i}",
                Expression = $"({string.Join(" || ", s.Sections.Split(", ").Select(l => $"input1.Section == \"{l}\""))}) && input1.Revenue >= {s.Revenue} && input1.Employees >= {s.Employees} && input1.CreditOk"
                             + (s.NeedHighTech ? " && input1.HighTech" : ""),
            }).ToList(),
        }], new RulesEngine.Models.ReSettings());
        var names = ids.ToDictionary(kv => kv.Value, kv => kv.Key);
        var inputs = Enumerable.Range(0, sample).Select(f => new Firm(names[values[f * W + 6]], values[f * W + 8], values[f * W + 7], values[f * W + 14] == 1, values[f * W + 12] == 1)).ToArray();
        engine.ExecuteAllRulesAsync("policies", inputs[0]).GetAwaiter().GetResult(); // compile once, outside the timing
        var (re, reMatches) = Time(() => inputs.Sum(i => engine.ExecuteAllRulesAsync("policies", i).GetAwaiter().GetResult().Count(r => r.IsSuccess)));
        var reScaled = re.TotalSeconds * firms / sample;
        var yiwangSample = Match(sample, values, compiled);
        Console.WriteLine($"(b) RulesEngine 6.0.1: {re.TotalSeconds:F2} s for {sample:N0} firms ({reMatches:N0} matches, same: {reMatches == yiwangSample}), scaled to {firms:N0} firms: {reScaled:F0} s");

        Console.WriteLine($"Yiwang: {yiwang.TotalSeconds:F2} s (target < 5 s: {(yiwang.TotalSeconds < 5 ? "met" : "NOT met")}); {lambdas.TotalSeconds / yiwang.TotalSeconds:F2}× the speed of hand-written lambdas (aim ≥ 0.4×); "
                          + $"{reScaled / yiwang.TotalSeconds:F0}× faster than RulesEngine");
    }

    private sealed record Firm(string Section, double Revenue, double Employees, bool CreditOk, bool HighTech);

    /// <summary>What is kept of a match: the clause, the firm, the amount, which conditions held (the facts are the firm's row).</summary>
    private readonly record struct Kept(int Firm, short Clause, long AmountFen);

    private static long Match(int firms, double[] values, (Func<double[], bool> Eligible, Func<double[], double>? Amount)[] clauses)
    {
        var width = W;
        var kept = new System.Collections.Concurrent.ConcurrentBag<List<Kept>>();
        Parallel.For(0, Environment.ProcessorCount, part =>
        {
            var buffer = new double[width];
            var mine = new List<Kept>(1 << 16);
            var (from, to) = ((long)firms * part / Environment.ProcessorCount, (long)firms * (part + 1) / Environment.ProcessorCount);
            for (var f = (int)from; f < to; f++)
            {
                Array.Copy(values, f * W, buffer, 0, W);
                for (var c = 0; c < clauses.Length; c++)
                    if (clauses[c].Eligible(buffer)) mine.Add(new Kept(f, (short)c, (long)(clauses[c].Amount?.Invoke(buffer) ?? 0)));
            }
            kept.Add(mine);
        });
        return kept.Sum(k => k.Count);
    }

    private static long HandWritten(int firms, double[] values, Func<double[], int, bool>[] rules, Func<double[], int, double>[] amounts)
    {
        var kept = new System.Collections.Concurrent.ConcurrentBag<List<Kept>>();
        Parallel.For(0, Environment.ProcessorCount, part =>
        {
            var mine = new List<Kept>(1 << 16);
            var (from, to) = ((long)firms * part / Environment.ProcessorCount, (long)firms * (part + 1) / Environment.ProcessorCount);
            for (var f = (int)from; f < to; f++)
                for (var c = 0; c < rules.Length; c++)
                    if (rules[c](values, f * W)) mine.Add(new Kept(f, (short)c, (long)amounts[c](values, f * W)));
            kept.Add(mine);
        });
        return kept.Sum(k => k.Count);
    }

    private static (TimeSpan, T) Time<T>(Func<T> work)
    {
        var sw = Stopwatch.StartNew();
        var r = work();
        return (sw.Elapsed, r);
    }
}
