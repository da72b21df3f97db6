namespace Yiwang.Web.Common.Rules;

/// <summary>A checked rule expression: every node knows its type and the span of the rule text it came from.</summary>
internal abstract record RuleNode(RuleType Type, int Start, int End);

internal sealed record LiteralNode(RuleType Type, double Value, string Shown, int Start, int End) : RuleNode(Type, Start, End);

internal sealed record PeriodNode(int Years, int Months, int Days, string Shown, int Start, int End) : RuleNode(RuleType.Period, Start, End);

internal sealed record FactNode(RuleFact Fact, int Start, int End) : RuleNode(Fact.Type, Start, End);

internal sealed record NegateNode(RuleNode Operand, int Start, int End) : RuleNode(Operand.Type, Start, End);

/// <summary>+ − × ÷ over numbers and money; a date ± a period; a date − a date (days).</summary>
internal sealed record ArithmeticNode(char Op, RuleNode Left, RuleNode Right, RuleType Type, int Start, int End) : RuleNode(Type, Start, End);

/// <summary>min(…) or max(…) of values of one type.</summary>
internal sealed record CallNode(string Name, IReadOnlyList<RuleNode> Args, RuleType Type, int Start, int End) : RuleNode(Type, Start, End);

internal sealed record CompareNode(string Op, RuleNode Left, RuleNode Right, int Start, int End) : RuleNode(RuleType.Bool, Start, End);

internal sealed record InNode(RuleNode Value, IReadOnlyList<LiteralNode> Set, bool Negated, int Start, int End) : RuleNode(RuleType.Bool, Start, End);

/// <summary>A yes/no fact standing alone as a condition.</summary>
internal sealed record TruthNode(FactNode Fact) : RuleNode(RuleType.Bool, Fact.Start, Fact.End);

internal sealed record NotNode(RuleNode Operand, int Start, int End) : RuleNode(RuleType.Bool, Start, End);

internal sealed record LogicNode(bool And, RuleNode Left, RuleNode Right, int Start, int End) : RuleNode(RuleType.Bool, Start, End);

/// <summary>What a checked rule reads.</summary>
internal static class RuleNodes
{
    /// <summary>Every fact the rule names (with repeats).</summary>
    public static IEnumerable<RuleFact> Facts(RuleNode node) => node switch
    {
        FactNode f => [f.Fact],
        TruthNode t => [t.Fact.Fact],
        NegateNode n => Facts(n.Operand),
        NotNode n => Facts(n.Operand),
        ArithmeticNode a => Facts(a.Left).Concat(Facts(a.Right)),
        CallNode c => c.Args.SelectMany(Facts),
        CompareNode c => Facts(c.Left).Concat(Facts(c.Right)),
        InNode i => Facts(i.Value),
        LogicNode l => Facts(l.Left).Concat(Facts(l.Right)),
        _ => [],
    };
}
