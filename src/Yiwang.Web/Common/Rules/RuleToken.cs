using System.Globalization;
using System.Text.RegularExpressions;

namespace Yiwang.Web.Common.Rules;

internal enum TokenKind { Word, Quoted, Number, Money, Date, Period, Percent, Symbol }

/// <summary>One token of a rule and where it starts; literals carry their value (money in fen, a date as its day number).</summary>
internal sealed record RuleToken(TokenKind Kind, string Text, int Start, int End, double Value = 0, int Years = 0, int Months = 0, int Days = 0);

/// <summary>
/// Splits a rule into tokens. Words are fact names, keywords (and/且, or/或, not/非, in/属于) or texts;
/// <c>50万元</c>, <c>1.2亿元</c>, <c>300元</c> are money; <c>2024-01-01</c> a date; <c>2年</c>, <c>6个月</c>,
/// <c>30天</c> periods; <c>10%</c> a number. Full-width brackets, commas and = are read as their ASCII forms.
/// </summary>
internal static partial class RuleLexer
{
    private const string Delimiters = "()（）{}｛｝<>=!＝\"“”'&|+-*/,，";

    public static List<RuleToken> Tokenize(string text)
    {
        var tokens = new List<RuleToken>();
        var i = 0;
        while (i < text.Length)
        {
            var ch = text[i];
            if (char.IsWhiteSpace(ch)) { i++; continue; }
            if (ch is '"' or '“' or '\'')
            {
                var close = ch == '“' ? '”' : ch;
                var end = text.IndexOf(close, i + 1);
                if (end < 0) throw new RuleException($"第{i + 1}个字符处的引号没有闭合", i);
                tokens.Add(new RuleToken(TokenKind.Quoted, text[(i + 1)..end], i, end + 1));
                i = end + 1;
                continue;
            }
            var two = i + 1 < text.Length ? text.Substring(i, 2) : "";
            if (two is ">=" or "<=" or "!=" or "==" or "&&" or "||")
            {
                tokens.Add(new RuleToken(TokenKind.Symbol, two == "==" ? "=" : two, i, i + 2));
                i += 2;
                continue;
            }
            if (Delimiters.IndexOf(ch) >= 0 && ch is not ('"' or '“' or '”' or '\''))
            {
                var s = ch switch { '（' => "(", '）' => ")", '｛' => "{", '｝' => "}", '＝' => "=", '，' => ",", _ => ch.ToString() };
                tokens.Add(new RuleToken(TokenKind.Symbol, s, i, i + 1));
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && Delimiters.IndexOf(text[i]) < 0) i++;
            // A date's dashes are not minus signs.
            if (i + 6 <= text.Length && DatePrefix().Match(text, start) is { Success: true } d && d.Index == start) i = start + d.Length;
            tokens.Add(Literal(text[start..i], start, i));
        }
        return tokens;
    }

    private static RuleToken Literal(string word, int start, int end)
    {
        if (DateOnly.TryParseExact(word, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return new RuleToken(TokenKind.Date, word, start, end, date.DayNumber);
        var m = NumberWithUnit().Match(word);
        if (!m.Success) return new RuleToken(TokenKind.Word, word, start, end);
        var n = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var unit = m.Groups[2].Value;
        return unit switch
        {
            "" => new RuleToken(TokenKind.Number, word, start, end, n),
            "%" => new RuleToken(TokenKind.Percent, word, start, end, n / 100),
            "元" => new RuleToken(TokenKind.Money, word, start, end, Math.Round(n * 100)),
            "万元" or "万" => new RuleToken(TokenKind.Money, word, start, end, Math.Round(n * 1_000_000)),
            "亿元" or "亿" => new RuleToken(TokenKind.Money, word, start, end, Math.Round(n * 10_000_000_000)),
            "年" when n == Math.Floor(n) => new RuleToken(TokenKind.Period, word, start, end, Years: (int)n),
            "个月" or "月" when n == Math.Floor(n) => new RuleToken(TokenKind.Period, word, start, end, Months: (int)n),
            "天" or "日" when n == Math.Floor(n) => new RuleToken(TokenKind.Period, word, start, end, Days: (int)n),
            _ => new RuleToken(TokenKind.Word, word, start, end),
        };
    }

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)(|%|元|万元|万|亿元|亿|年|个月|月|天|日)$")]
    private static partial Regex NumberWithUnit();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex DatePrefix();
}
