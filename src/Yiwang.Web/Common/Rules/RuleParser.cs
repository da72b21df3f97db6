using System.Globalization;

namespace Yiwang.Web.Common.Rules;

/// <summary>
/// The platform's one rule language, read against a schema of facts and checked as it is read:
/// <c>high_tech and rd_spend &gt;= 50万元</c>, <c>industry in {C39, C40} 且 established_on &lt;= today - 2年</c>,
/// <c>min(rd_spend * rate, cap)</c>. Precedence, loosest first: or/或/||; and/且/&amp;&amp;; not/非/!;
/// comparisons (= != &gt; &gt;= &lt; &lt;=) and in/属于 {…}; + −; × ÷; unary −. A name is a fact of the
/// schema, or, compared with a text or yes/no fact, one of its values (是/否 for yes/no). Any error
/// names the character where it was found.
/// </summary>
internal sealed class RuleParser
{
    private readonly string _text;
    private readonly List<RuleToken> _tokens;
    private readonly IRuleSchema _schema;
    private int _at;

    private RuleParser(string text, IRuleSchema schema)
    {
        (_text, _schema) = (text, schema);
        _tokens = RuleLexer.Tokenize(text);
    }

    /// <summary>A condition (yes/no).</summary>
    public static RuleNode Condition(string text, IRuleSchema schema)
    {
        var p = new RuleParser(text, schema);
        var node = p.Or();
        p.End();
        return p.AsCondition(node);
    }

    /// <summary>A value of the given type (an amount: money).</summary>
    public static RuleNode Value(string text, IRuleSchema schema, RuleType type)
    {
        var p = new RuleParser(text, schema);
        if (p.AtEnd) throw new RuleException("表达式为空", 0);
        var node = p.Additive(type);
        p.End();
        if (node.Type != type) throw new RuleException($"表达式的结果应是{Name(type)}，这里是{Name(node.Type)}", node.Start);
        return node;
    }

    public static string Name(RuleType t) => t switch
    {
        RuleType.Bool => "是/否", RuleType.Number => "数字", RuleType.Money => "金额", RuleType.Date => "日期", RuleType.Text => "文字", _ => "期间",
    };

    private bool AtEnd => _at >= _tokens.Count;
    private RuleToken? Peek => AtEnd ? null : _tokens[_at];
    private int Here => AtEnd ? _text.Length : _tokens[_at].Start;
    private string Current => AtEnd ? "结尾" : _tokens[_at].Text;

    private RuleException Error(string message, int? at = null) => new($"第{(at ?? Here) + 1}个字符：{message}", at ?? Here);

    private void End()
    {
        if (!AtEnd) throw Error($"条件“{_text.Trim()}”在“{Current}”处无法理解");
    }

    private bool Take(params string[] words)
    {
        if (Peek is not { } t || t.Kind is not (TokenKind.Word or TokenKind.Symbol) || !words.Contains(t.Text, StringComparer.OrdinalIgnoreCase)) return false;
        _at++;
        return true;
    }

    private RuleNode AsCondition(RuleNode node) => node switch
    {
        FactNode { Type: RuleType.Bool } f => new TruthNode(f),
        { Type: RuleType.Bool } => node,
        FactNode f => throw Error($"“{f.Fact.Key}”不是是否题，须写明比较，如 {f.Fact.Key} = …", f.Start),
        _ => throw Error($"这里应是条件（是/否），不是{Name(node.Type)}", node.Start),
    };

    private RuleNode Or()
    {
        var left = And();
        while (Take("or", "或", "||")) { var right = And(); left = new LogicNode(false, AsCondition(left), AsCondition(right), left.Start, right.End); }
        return left;
    }

    private RuleNode And()
    {
        var left = Unary();
        while (Take("and", "且", "&&")) { var right = Unary(); left = new LogicNode(true, AsCondition(left), AsCondition(right), left.Start, right.End); }
        return left;
    }

    private RuleNode Unary()
    {
        var start = Here;
        if (Take("not", "非", "!")) { var x = Unary(); return new NotNode(AsCondition(x), start, x.End); }
        return Comparison();
    }

    private RuleNode Comparison()
    {
        if (AtEnd) throw Error("条件不完整");
        var left = Additive(null);
        if (Peek is { } t && (t.Kind == TokenKind.Symbol && t.Text is "=" or "!=" or ">" or ">=" or "<" or "<=" || t.Kind == TokenKind.Word && t.Text is "in" or "属于" or "not_in" or "不属于"))
        {
            var op = _tokens[_at++].Text;
            if (op is "in" or "属于" or "not_in" or "不属于") return In(left, op is "not_in" or "不属于");
            if (AtEnd) throw Error($"“{Span(left)} {op}”后缺少比较的值");
            if (left.Type is RuleType.Text or RuleType.Bool && op is not ("=" or "!="))
                throw Error($"“{Span(left)}”是{Name(left.Type)}，只能用 = 或 != 比较", left.Start);
            var right = Additive(left.Type, left as FactNode);
            if (right is LiteralNode { Type: RuleType.Number } n && left.Type == RuleType.Money)
                throw Error($"“{Span(left)}”是金额，请写明单位，如 {n.Shown}元 或 {n.Shown}万元", n.Start);
            if (right.Type != left.Type) throw Error(Mismatch(left, right), right.Start);
            if (left.Type == RuleType.Period) throw Error("期间不能直接比较，请与日期相加减后比较", left.Start);
            return new CompareNode(op, left, right, left.Start, right.End);
        }
        return left;
    }

    private RuleNode In(RuleNode value, bool negated)
    {
        if (value.Type is not (RuleType.Text or RuleType.Number)) throw Error($"“{Span(value)}”是{Name(value.Type)}，不能用 in 判断", value.Start);
        if (!Take("{")) throw Error("in 后应是用花括号括起的取值，如 {C39, C40}");
        var set = new List<LiteralNode>();
        do
        {
            var item = Primary(value.Type, value as FactNode);
            if (item is not LiteralNode literal || literal.Type != value.Type) throw Error($"“{Span(item)}”不是{Name(value.Type)}取值", item.Start);
            set.Add(literal);
        } while (Take(","));
        var end = Peek?.End ?? _text.Length;
        if (!Take("}")) throw Error("缺少右花括号 }");
        return new InNode(value, set, negated, value.Start, end);
    }

    private RuleNode Additive(RuleType? hint, FactNode? of = null)
    {
        var left = Multiplicative(hint, of);
        while (Peek is { Kind: TokenKind.Symbol, Text: "+" or "-" } t)
        {
            _at++;
            var right = Multiplicative(left.Type == RuleType.Date ? null : left.Type, null);
            left = Arithmetic(t.Text[0], left, right, t.Start);
        }
        return left;
    }

    private RuleNode Multiplicative(RuleType? hint, FactNode? of)
    {
        var left = Negation(hint, of);
        while (Peek is { Kind: TokenKind.Symbol, Text: "*" or "/" } t)
        {
            _at++;
            var right = Negation(RuleType.Number, null);
            left = Arithmetic(t.Text[0], left, right, t.Start);
        }
        return left;
    }

    private RuleNode Negation(RuleType? hint, FactNode? of)
    {
        if (Peek is { Kind: TokenKind.Symbol, Text: "-" } t)
        {
            _at++;
            var x = Negation(hint, of);
            if (x.Type is not (RuleType.Number or RuleType.Money)) throw Error($"{Name(x.Type)}不能取负", t.Start);
            return new NegateNode(x, t.Start, x.End);
        }
        return Primary(hint, of);
    }

    private RuleNode Arithmetic(char op, RuleNode l, RuleNode r, int at)
    {
        var type = (op, l.Type, r.Type) switch
        {
            (_, RuleType.Number, RuleType.Number) => RuleType.Number,
            ('+' or '-', RuleType.Money, RuleType.Money) => RuleType.Money,
            ('*', RuleType.Money, RuleType.Number) or ('*', RuleType.Number, RuleType.Money) or ('/', RuleType.Money, RuleType.Number) => RuleType.Money,
            ('/', RuleType.Money, RuleType.Money) => RuleType.Number,
            ('+' or '-', RuleType.Date, RuleType.Period) => RuleType.Date,
            ('-', RuleType.Date, RuleType.Date) => RuleType.Number,
            _ => throw Error($"{Name(l.Type)}与{Name(r.Type)}不能做“{op}”运算", at),
        };
        return new ArithmeticNode(op, l, r, type, l.Start, r.End);
    }

    private RuleNode Primary(RuleType? hint, FactNode? of)
    {
        if (AtEnd) throw Error("表达式不完整");
        var t = _tokens[_at];
        if (Take("("))
        {
            var inner = Or();
            if (!Take(")")) throw Error($"缺少右括号（在“{Current}”处）");
            return inner;
        }
        _at++;
        switch (t.Kind)
        {
            case TokenKind.Number:
                if (hint == RuleType.Text && of is not null) return TextValue(t, of);
                return new LiteralNode(RuleType.Number, t.Value, t.Text, t.Start, t.End);
            case TokenKind.Percent: return new LiteralNode(RuleType.Number, t.Value, t.Text, t.Start, t.End);
            case TokenKind.Money: return new LiteralNode(RuleType.Money, t.Value, t.Text, t.Start, t.End);
            case TokenKind.Date: return new LiteralNode(RuleType.Date, t.Value, t.Text, t.Start, t.End);
            case TokenKind.Period: return new PeriodNode(t.Years, t.Months, t.Days, t.Text, t.Start, t.End);
            case TokenKind.Quoted:
                if (of is not null && hint is RuleType.Text or RuleType.Bool) return TextValue(t, of);
                return new LiteralNode(RuleType.Text, RuleSymbols.Id(t.Text), t.Text, t.Start, t.End);
            case TokenKind.Word when t.Text is "min" or "max" && Peek is { Text: "(" }:
                return Call(t);
            case TokenKind.Word:
                if (_schema.Find(t.Text) is { } fact) return new FactNode(fact, t.Start, t.End);
                if (of is not null && hint is RuleType.Text or RuleType.Bool) return TextValue(t, of);
                if (hint is RuleType.Number) throw Error($"“{of?.Fact.Key ?? "这里"}”是数字题，“{t.Text}”不是数字", t.Start);
                throw Error(_schema.Unknown(t.Text), t.Start);
            default:
                throw Error($"“{t.Text}”处无法理解", t.Start);
        }
    }

    /// <summary>One of a text or yes/no fact's values.</summary>
    private LiteralNode TextValue(RuleToken t, FactNode of)
    {
        var f = of.Fact;
        if (f.Type == RuleType.Bool)
            return t.Text switch
            {
                "是" or "true" or "yes" => new LiteralNode(RuleType.Bool, 1, "是", t.Start, t.End),
                "否" or "false" or "no" => new LiteralNode(RuleType.Bool, 0, "否", t.Start, t.End),
                _ => throw Error($"“{f.Key}”是是否题，应写 是 或 否", t.Start),
            };
        if (f.Choices is { } choices)
        {
            var i = choices.ToList().IndexOf(t.Text);
            if (i < 0) throw Error($"“{f.Key}”没有“{t.Text}”这个答案（可选：{string.Join("、", choices)}）", t.Start);
            return new LiteralNode(RuleType.Text, i, t.Text, t.Start, t.End);
        }
        return new LiteralNode(RuleType.Text, RuleSymbols.Id(t.Text), t.Text, t.Start, t.End);
    }

    private CallNode Call(RuleToken name)
    {
        Take("(");
        var args = new List<RuleNode>();
        do args.Add(Additive(null)); while (Take(","));
        var end = Peek?.End ?? _text.Length;
        if (!Take(")")) throw Error($"{name.Text}(…) 缺少右括号");
        var type = args[0].Type;
        if (type is not (RuleType.Number or RuleType.Money or RuleType.Date)) throw Error($"{name.Text} 只能用于数字、金额或日期", args[0].Start);
        if (args.FirstOrDefault(a => a.Type != type) is { } odd) throw Error($"{name.Text} 的参数类型应一致：{Mismatch(args[0], odd)}", odd.Start);
        return new CallNode(name.Text, args, type, name.Start, end);
    }

    private string Span(RuleNode n) => _text[n.Start..Math.Min(n.End, _text.Length)].Trim();

    private string Mismatch(RuleNode l, RuleNode r) => $"类型不一致：“{Span(l)}”是{Name(l.Type)}，“{Span(r)}”是{Name(r.Type)}";

    /// <summary>A number as written in a rule (invariant culture).</summary>
    public static string Number(double v) => v.ToString("0.######", CultureInfo.InvariantCulture);
}
