using System.Linq.Expressions;

namespace Yiwang.Web.Common.Rules;

/// <summary>
/// Turns a checked rule into a delegate over the value array (one compiled lambda: as fast as the same
/// rule hand-written), so matching every firm against every clause costs a few nanoseconds a pair.
/// </summary>
internal static class RuleCompiler
{
    private static readonly ParameterExpression Values = Expression.Parameter(typeof(double[]), "values");

    public static Func<double[], bool> Condition(RuleNode node) => Condition(node, null);

    /// <summary>
    /// A condition with some slots fixed (a clause's parameters on a day): they are compiled in as
    /// constants, so matching reads only the firm's facts.
    /// </summary>
    public static Func<double[], bool> Condition(RuleNode node, IReadOnlyDictionary<int, double>? constants) =>
        Expression.Lambda<Func<double[], bool>>(new Body(constants).Bool(node), Values).Compile();

    /// <summary>A value; money is rounded to the fen (half away from zero) at the end.</summary>
    public static Func<double[], double> Value(RuleNode node, IReadOnlyDictionary<int, double>? constants = null)
    {
        var body = new Body(constants).Number(node);
        if (node.Type == RuleType.Money) body = Expression.Call(typeof(Math), nameof(Math.Round), null, body, Expression.Constant(MidpointRounding.AwayFromZero));
        return Expression.Lambda<Func<double[], double>>(body, Values).Compile();
    }

    private sealed class Body(IReadOnlyDictionary<int, double>? constants)
    {
        private Expression Slot(RuleFact f) => constants is not null && constants.TryGetValue(f.Slot, out var c)
            ? Expression.Constant(c) : Expression.ArrayIndex(Values, Expression.Constant(f.Slot));

        public Expression Bool(RuleNode node) => node switch
        {
            TruthNode t => Expression.Equal(Slot(t.Fact.Fact), Expression.Constant(1.0)),
            NotNode n => Expression.Not(Bool(n.Operand)),
            LogicNode { And: true } l => Expression.AndAlso(Bool(l.Left), Bool(l.Right)),
            LogicNode l => Expression.OrElse(Bool(l.Left), Bool(l.Right)),
            InNode i => In(i),
            CompareNode c => Compare(c.Op, Number(c.Left), Number(c.Right)),
            FactNode { Type: RuleType.Bool } f => Expression.Equal(Slot(f.Fact), Expression.Constant(1.0)),
            _ => throw new InvalidOperationException($"not a condition: {node.GetType().Name}"),
        };

        private Expression In(InNode i)
        {
            var value = Expression.Variable(typeof(double), "v");
            Expression any = Expression.Constant(false);
            foreach (var item in i.Set) any = Expression.OrElse(any, Expression.Equal(value, Expression.Constant(item.Value)));
            Expression test = Expression.Block([value], Expression.Assign(value, Number(i.Value)), any);
            return i.Negated ? Expression.Not(test) : test;
        }

        private static Expression Compare(string op, Expression l, Expression r) => op switch
        {
            "=" => Expression.Equal(l, r),
            "!=" => Expression.NotEqual(l, r),
            ">" => Expression.GreaterThan(l, r),
            ">=" => Expression.GreaterThanOrEqual(l, r),
            "<" => Expression.LessThan(l, r),
            _ => Expression.LessThanOrEqual(l, r),
        };

        public Expression Number(RuleNode node) => node switch
        {
            LiteralNode l => Expression.Constant(l.Value),
            FactNode f => Slot(f.Fact),
            NegateNode n => Expression.Negate(Number(n.Operand)),
            ArithmeticNode { Type: RuleType.Date, Right: PeriodNode p } a =>
                Expression.Call(typeof(RuleMath), nameof(RuleMath.Shift), null, Number(a.Left),
                    Expression.Constant(a.Op == '-' ? -p.Years : p.Years), Expression.Constant(a.Op == '-' ? -p.Months : p.Months), Expression.Constant(a.Op == '-' ? -p.Days : p.Days)),
            ArithmeticNode a => a.Op switch
            {
                '+' => Expression.Add(Number(a.Left), Number(a.Right)),
                '-' => Expression.Subtract(Number(a.Left), Number(a.Right)),
                '*' => Expression.Multiply(Number(a.Left), Number(a.Right)),
                _ => Expression.Call(typeof(RuleMath), nameof(RuleMath.Divide), null, Number(a.Left), Number(a.Right)),
            },
            CallNode c => c.Args.Skip(1).Aggregate(Number(c.Args[0]), (acc, x) => Expression.Call(typeof(Math), c.Name == "min" ? nameof(Math.Min) : nameof(Math.Max), null, acc, Number(x))),
            TruthNode or CompareNode or InNode or LogicNode or NotNode => Expression.Condition(Bool(node), Expression.Constant(1.0), Expression.Constant(0.0)),
            _ => throw new InvalidOperationException($"not a value: {node.GetType().Name}"),
        };
    }
}

/// <summary>The arithmetic a compiled rule calls: calendar shifts and a division that never yields infinity.</summary>
internal static class RuleMath
{
    public static double Shift(double dayNumber, int years, int months, int days) =>
        dayNumber is < 3_700 or > 3_600_000 // an unknown date (0) stays unknown instead of leaving the calendar
            ? dayNumber
            : DateOnly.FromDayNumber((int)dayNumber).AddYears(years).AddMonths(months).AddDays(days).DayNumber;

    /// <summary>Division by zero gives 0 (a ratio of nothing is nothing), never infinity.</summary>
    public static double Divide(double a, double b) => b == 0 ? 0 : a / b;
}
