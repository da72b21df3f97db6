using System.Globalization;
using System.Linq.Expressions;

namespace Yiwang.Web.Features.Catalog.Guidance;

/// <summary>
/// When a part, a material or a field applies, written over the questionnaire's keys:
/// <c>food</c> (a yes/no question answered 是), <c>entity = 企业</c>, <c>staff &gt; 10</c>,
/// <c>(seal or staff &gt;= 10) and not licensed</c>. Words: and/且/&amp;&amp;, or/或/||, not/非/!;
/// comparisons = != &gt; &gt;= &lt; &lt;=; values are numbers, options (quoted when they hold spaces), 是/否.
/// A condition is checked against the questions when it is parsed and compiled to a delegate over
/// the bound answers, so evaluating a plan is as fast as hand-written code.
/// </summary>
internal sealed class Condition
{
    private static readonly ParameterExpression Answers = Expression.Parameter(typeof(double[]), "answers");

    public string Text { get; }
    public Func<double[], bool> Evaluate { get; }

    private Condition(string text, Func<double[], bool> evaluate) => (Text, Evaluate) = (text, evaluate);

    /// <summary>Null or blank text: always applies.</summary>
    public static Condition? Parse(string? text, Questionnaire questions)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parser = new Parser(Tokenize(text), questions);
        var body = parser.Or();
        if (!parser.AtEnd) throw new ConditionException($"条件“{text}”在“{parser.Current}”处无法理解");
        return new Condition(text.Trim(), Expression.Lambda<Func<double[], bool>>(body, Answers).Compile());
    }

    /// <summary>The message of a condition that does not parse, or null.</summary>
    public static string? Check(string? text, Questionnaire questions)
    {
        try { Parse(text, questions); return null; }
        catch (ConditionException e) { return e.Message; }
    }

    public static bool Holds(Condition? c, double[] answers) => c is null || c.Evaluate(answers);

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var ch = text[i];
            if (char.IsWhiteSpace(ch)) { i++; continue; }
            if (ch is '(' or ')' or '（' or '）') { tokens.Add(ch is '(' or '（' ? "(" : ")"); i++; continue; }
            if (ch is '"' or '“' or '\'')
            {
                var close = ch == '“' ? '”' : ch;
                var end = text.IndexOf(close, i + 1);
                if (end < 0) throw new ConditionException($"条件“{text}”的引号没有闭合");
                tokens.Add("\"" + text[(i + 1)..end]);
                i = end + 1;
                continue;
            }
            var two = i + 1 < text.Length ? text.Substring(i, 2) : "";
            if (two is ">=" or "<=" or "!=" or "==" or "&&" or "||") { tokens.Add(two == "==" ? "=" : two); i += 2; continue; }
            if (ch is '>' or '<' or '=' or '!' or '＝') { tokens.Add(ch == '＝' ? "=" : ch.ToString()); i++; continue; }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && "()（）<>=!＝\"“'&|".IndexOf(text[i]) < 0) i++;
            tokens.Add(text[start..i]);
        }
        return tokens;
    }

    private sealed class Parser(List<string> tokens, Questionnaire questions)
    {
        private int _at;

        public bool AtEnd => _at >= tokens.Count;
        public string Current => AtEnd ? "结尾" : tokens[_at];

        private bool Take(params string[] words)
        {
            if (AtEnd || !words.Contains(tokens[_at], StringComparer.OrdinalIgnoreCase)) return false;
            _at++;
            return true;
        }

        public Expression Or()
        {
            var left = And();
            while (Take("or", "或", "||")) left = Expression.OrElse(left, And());
            return left;
        }

        private Expression And()
        {
            var left = Unary();
            while (Take("and", "且", "&&")) left = Expression.AndAlso(left, Unary());
            return left;
        }

        private Expression Unary()
        {
            if (Take("not", "非", "!")) return Expression.Not(Unary());
            if (Take("("))
            {
                var inner = Or();
                if (!Take(")")) throw new ConditionException($"缺少右括号（在“{Current}”处）");
                return inner;
            }
            return Comparison();
        }

        private Expression Comparison()
        {
            if (AtEnd) throw new ConditionException("条件不完整");
            var key = tokens[_at++];
            var index = questions.IndexOf(key);
            if (index < 0) throw new ConditionException($"问卷中没有“{key}”这一问");
            var q = questions.Questions[index];
            var answer = Expression.ArrayIndex(Answers, Expression.Constant(index));
            if (AtEnd || tokens[_at] is not ("=" or "!=" or ">" or ">=" or "<" or "<="))
            {
                if (q.Kind != QuestionKind.YesNo) throw new ConditionException($"“{key}”不是是否题，须写明比较，如 {key} = …");
                return Expression.Equal(answer, Expression.Constant(1.0));
            }
            var op = tokens[_at++];
            if (AtEnd) throw new ConditionException($"“{key} {op}”后缺少比较的值");
            var raw = tokens[_at++];
            var text = raw.StartsWith('"') ? raw[1..] : raw;
            if (q.Kind != QuestionKind.Number && op is not ("=" or "!="))
                throw new ConditionException($"“{key}”不是数字题，只能用 = 或 != 比较");
            var value = q.Kind == QuestionKind.Number
                ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : throw new ConditionException($"“{key}”是数字题，“{text}”不是数字")
                : Questionnaire.Value(q, text) ?? throw new ConditionException($"“{key}”没有“{text}”这个答案（可选：{string.Join("、", q.Choices)}）");
            var constant = Expression.Constant(value);
            return op switch
            {
                "=" => Expression.Equal(answer, constant),
                "!=" => Expression.NotEqual(answer, constant),
                ">" => Expression.GreaterThan(answer, constant),
                ">=" => Expression.GreaterThanOrEqual(answer, constant),
                "<" => Expression.LessThan(answer, constant),
                _ => Expression.LessThanOrEqual(answer, constant),
            };
        }
    }
}

/// <summary>A condition that does not parse against its questionnaire; the message is Chinese.</summary>
internal sealed class ConditionException(string message) : Exception(message);
