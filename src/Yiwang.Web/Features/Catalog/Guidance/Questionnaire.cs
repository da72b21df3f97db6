using System.Globalization;
using System.Text.RegularExpressions;

namespace Yiwang.Web.Features.Catalog.Guidance;

/// <summary>
/// A list of questions bound to positions: answers become one number per question (yes = 1, no = 0,
/// a choice its option's index, a number itself), which is what compiled conditions read.
/// </summary>
internal sealed partial class Questionnaire
{
    private readonly Dictionary<string, int> _index;

    public IReadOnlyList<Question> Questions { get; }

    public Questionnaire(IReadOnlyList<Question> questions)
    {
        Questions = questions;
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < questions.Count; i++) _index.TryAdd(questions[i].Key, i);
        Schema = new QuestionSchema(this);
    }

    /// <summary>The questions as the facts a condition may name (yes/no, a number, one of the options).</summary>
    public Common.Rules.IRuleSchema Schema { get; }

    private sealed class QuestionSchema(Questionnaire q) : Common.Rules.IRuleSchema
    {
        public Common.Rules.RuleFact? Find(string key)
        {
            var i = q.IndexOf(key);
            if (i < 0) return null;
            var question = q.Questions[i];
            return question.Kind switch
            {
                QuestionKind.YesNo => new(key, question.Text, Common.Rules.RuleType.Bool, i),
                QuestionKind.Number => new(key, question.Text, Common.Rules.RuleType.Number, i),
                _ => new(key, question.Text, Common.Rules.RuleType.Text, i, question.Options),
            };
        }

        public string Unknown(string name) => $"问卷中没有“{name}”这一问";
    }

    public int IndexOf(string key) => _index.TryGetValue(key, out var i) ? i : -1;

    /// <summary>Every question must be answered with one of its answers; errors are keyed answers.{key}.</summary>
    public double[] Bind(IReadOnlyDictionary<string, string>? answers, out Dictionary<string, string[]> errors)
    {
        errors = [];
        var values = new double[Questions.Count];
        for (var i = 0; i < Questions.Count; i++)
        {
            var q = Questions[i];
            var raw = answers is not null && answers.TryGetValue(q.Key, out var a) ? a?.Trim() : null;
            if (string.IsNullOrEmpty(raw)) { errors["answers." + q.Key] = [$"请回答：{q.Text}"]; continue; }
            var v = Value(q, raw);
            if (v is null) errors["answers." + q.Key] = [q.Kind == QuestionKind.Number ? $"“{q.Text}”应填写数字" : $"“{q.Text}”应回答：{string.Join("、", q.Choices)}"];
            else values[i] = v.Value;
        }
        if (answers is not null)
            foreach (var unknown in answers.Keys.Where(k => !_index.ContainsKey(k)))
                errors["answers." + unknown] = [$"问卷没有“{unknown}”这一问"];
        return values;
    }

    /// <summary>The number an answer stands for, or null when it is not one of the question's answers.</summary>
    public static double? Value(Question q, string answer)
    {
        switch (q.Kind)
        {
            case QuestionKind.Number:
                return double.TryParse(answer, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n : null;
            case QuestionKind.YesNo:
                return answer is Question.Yes or "true" or "yes" ? 1 : answer is Question.No or "false" or "no" ? 0 : null;
            default:
                var i = q.Options.IndexOf(answer);
                return i < 0 ? null : i;
        }
    }

    /// <summary>The answers in words, in question order (for the printed plan and the case record).</summary>
    public static string Describe(Question q, string answer) => $"{q.Text} {answer}";

    /// <summary>Keys are letters, digits and underscores, starting with a letter.</summary>
    public static bool IsKey(string? key) => key is not null && KeyPattern().IsMatch(key);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,39}$")]
    private static partial Regex KeyPattern();

    /// <summary>Field-level checks of a question list; keys prefixed with the given path.</summary>
    public static void Validate(IReadOnlyList<Question> questions, string path, Action<string, string> add)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < questions.Count; i++)
        {
            var q = questions[i];
            var at = $"{path}[{i}]";
            if (!IsKey(q.Key)) add(at + ".key", "问题代码应以字母开头，只含字母、数字和下划线");
            else if (!seen.Add(q.Key)) add(at + ".key", $"问题代码“{q.Key}”重复");
            if (string.IsNullOrWhiteSpace(q.Text)) add(at + ".text", "请填写问题");
            if (!Enum.IsDefined(q.Kind)) add(at + ".kind", "问题类型无效");
            if (q.Kind == QuestionKind.Choice && (q.Options.Count < 2 || q.Options.Any(string.IsNullOrWhiteSpace) || q.Options.Distinct().Count() != q.Options.Count))
                add(at + ".options", "选择题至少要有两个互不相同的选项");
        }
    }
}
