using System.Globalization;

namespace Yiwang.Web.Common.Rules;

/// <summary>One sub-condition as it was checked: the rule text, whether it held, the values in words, and (when it failed) what would satisfy it.</summary>
internal sealed record RuleCheck(string Rule, bool Held, string Detail, string? Need);

/// <summary>A condition's result with every sub-condition checked (all of them, not only up to the first failure: the firm is told everything it lacks).</summary>
internal sealed record RuleOutcome(bool Held, IReadOnlyList<RuleCheck> Checks)
{
    public IEnumerable<RuleCheck> Failed => Checks.Where(c => !c.Held);
}

/// <summary>
/// Reads a checked rule against values and says what happened in plain Chinese ("上年度研发投入 38万元，
/// 低于 50万元"). Slower than the compiled delegate, so used for the matches kept and on demand.
/// </summary>
internal sealed class RuleExplainer(string text, double[] values)
{
    public static RuleOutcome Condition(string text, RuleNode node, double[] values)
    {
        var e = new RuleExplainer(text, values);
        var checks = new List<RuleCheck>();
        var held = e.Holds(node, checks);
        return new RuleOutcome(held, checks);
    }

    /// <summary>How a value was computed, with the values put in: "min(研发投入 80万元 × 10%, 50万元) = 8万元".</summary>
    public static (double Value, string Working) Value(string text, RuleNode node, double[] values)
    {
        var e = new RuleExplainer(text, values);
        var v = e.Eval(node);
        if (node.Type == RuleType.Money) v = Math.Round(v, MidpointRounding.AwayFromZero);
        var rendered = e.Render(node);
        var shown = Format(node.Type, v, null);
        return (v, node is LiteralNode ? shown : $"{rendered} = {shown}");
    }

    private bool Holds(RuleNode node, List<RuleCheck> checks)
    {
        switch (node)
        {
            case LogicNode logic:
                var a = Holds(logic.Left, checks);
                var b = Holds(logic.Right, checks);
                return logic.And ? a && b : a || b;
            case NotNode n:
                var inner = new List<RuleCheck>();
                var x = Holds(n.Operand, inner);
                // Under a "not", a check that held is what fails.
                checks.AddRange(inner.Select(c => c with { Held = !c.Held, Need = c.Held ? $"不应满足：{c.Rule}" : null }));
                return !x;
            case TruthNode t:
                var yes = Fact(t.Fact.Fact) == 1;
                checks.Add(new RuleCheck(Span(t), yes, $"{t.Fact.Fact.Label}：{(yes ? "是" : "否")}", yes ? null : $"{t.Fact.Fact.Label}须为“是”"));
                return yes;
            case InNode i:
                var v = Eval(i.Value);
                var member = i.Set.Any(s => s.Value == v) != i.Negated;
                var list = string.Join("、", i.Set.Select(s => s.Shown));
                checks.Add(new RuleCheck(Span(i), member, $"{Side(i.Value, v)}，{(i.Set.Any(s => s.Value == v) ? "属于" : "不属于")} {list}",
                    member ? null : $"{Label(i.Value)}{(i.Negated ? "不属于" : "属于")} {list}{(i.Negated ? "" : " 之一")}"));
                return member;
            case CompareNode c:
                var (l, r) = (Eval(c.Left), Eval(c.Right));
                var ok = c.Op switch { "=" => l == r, "!=" => l != r, ">" => l > r, ">=" => l >= r, "<" => l < r, _ => l <= r };
                var date = c.Left.Type == RuleType.Date;
                var relation = l == r ? (c.Left.Type is RuleType.Text or RuleType.Bool ? "即" : "等于") : c.Left.Type is RuleType.Text or RuleType.Bool ? "不是" : l < r ? (date ? "早于" : "低于") : (date ? "晚于" : "高于");
                var rightShown = Format(c.Right.Type, r, (c.Right as FactNode)?.Fact ?? (c.Left as FactNode)?.Fact);
                // A text or yes/no that is what the rule wants needs no comparison spelled out: "行业大类 L72".
                var detail = l == r && c.Left.Type is RuleType.Text or RuleType.Bool ? Side(c.Left, l) : $"{Side(c.Left, l)}，{relation} {rightShown}";
                checks.Add(new RuleCheck(Span(c), ok, detail,
                    ok ? null : $"{Label(c.Left)}{Wanted(c.Op, date)} {Format(c.Right.Type, r, (c.Right as FactNode)?.Fact ?? (c.Left as FactNode)?.Fact)}"));
                return ok;
            default:
                return Eval(node) == 1;
        }
    }

    private double Fact(RuleFact f) => f.Slot < values.Length ? values[f.Slot] : 0;

    private double Eval(RuleNode node) => node switch
    {
        LiteralNode l => l.Value,
        FactNode f => Fact(f.Fact),
        NegateNode n => -Eval(n.Operand),
        ArithmeticNode { Type: RuleType.Date, Right: PeriodNode p } a => a.Op == '-'
            ? RuleMath.Shift(Eval(a.Left), -p.Years, -p.Months, -p.Days) : RuleMath.Shift(Eval(a.Left), p.Years, p.Months, p.Days),
        ArithmeticNode a => a.Op switch
        {
            '+' => Eval(a.Left) + Eval(a.Right),
            '-' => Eval(a.Left) - Eval(a.Right),
            '*' => Eval(a.Left) * Eval(a.Right),
            _ => RuleMath.Divide(Eval(a.Left), Eval(a.Right)),
        },
        CallNode c => c.Name == "min" ? c.Args.Min(Eval) : c.Args.Max(Eval),
        _ => Holds(node, []) ? 1 : 0,
    };

    private string Render(RuleNode node) => node switch
    {
        LiteralNode l => l.Shown,
        PeriodNode p => p.Shown,
        FactNode f => $"{f.Fact.Label} {Format(f.Type, Fact(f.Fact), f.Fact)}",
        NegateNode n => "−" + Render(n.Operand),
        ArithmeticNode a => $"{Wrap(a.Left, a.Op)} {a.Op switch { '*' => "×", '/' => "÷", '-' => "−", _ => "+" }} {Wrap(a.Right, a.Op)}",
        CallNode c => $"{(c.Name == "min" ? "取小" : "取大")}({string.Join(", ", c.Args.Select(Render))})",
        _ => Span(node),
    };

    private string Wrap(RuleNode n, char op) => n is ArithmeticNode inner && (op is '*' or '/') && inner.Op is '+' or '-' ? $"({Render(n)})" : Render(n);

    private string Side(RuleNode n, double v) => n is FactNode f ? $"{f.Fact.Label} {Format(f.Type, v, f.Fact)}" : $"{Span(n)}（{Format(n.Type, v, null)}）";

    private string Label(RuleNode n) => n is FactNode f ? f.Fact.Label : Span(n);

    private static string Wanted(string op, bool date) => op switch
    {
        ">=" => date ? "不早于" : "不低于", ">" => date ? "晚于" : "高于", "<=" => date ? "不晚于" : "不高于", "<" => date ? "早于" : "低于", "=" => "为", _ => "不为",
    };

    private string Span(RuleNode n) => text[Math.Min(n.Start, text.Length)..Math.Min(n.End, text.Length)].Trim();

    /// <summary>A value in words: money in 元 or 万元, a date, 是/否, a text, a number with its unit.</summary>
    public static string Format(RuleType type, double v, RuleFact? fact) => type switch
    {
        RuleType.Money => Money(v),
        RuleType.Date => v <= 0 ? "（无记录）" : DateOnly.FromDayNumber((int)v).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        RuleType.Bool => v == 1 ? "是" : "否",
        RuleType.Text => fact?.Choices is { } c && v >= 0 && v < c.Count ? c[(int)v] : RuleSymbols.Text(v) is { Length: > 0 } t ? t : "（无记录）",
        _ => fact?.Unit == "%" ? (v * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%" : v.ToString("#,0.##", CultureInfo.InvariantCulture) + (fact?.Unit ?? ""),
    };

    /// <summary>Fen in words: whole 万 as 万元, otherwise 元 with up to two decimals.</summary>
    public static string Money(double fen)
    {
        var yuan = (decimal)fen / 100m;
        return Math.Abs(yuan) >= 10_000 && yuan % 100 == 0
            ? (yuan / 10_000).ToString("0.####", CultureInfo.InvariantCulture) + "万元"
            : yuan.ToString("#,0.##", CultureInfo.InvariantCulture) + "元";
    }
}
