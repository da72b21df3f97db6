using Yiwang.Web.Common.Rules;

namespace Yiwang.Web.Features.Catalog.Guidance;

/// <summary>
/// When a part, a material or a field applies, written over the questionnaire's keys:
/// <c>food</c> (a yes/no question answered 是), <c>entity = 企业</c>, <c>staff &gt; 10</c>,
/// <c>(seal or staff &gt;= 10) and not licensed</c>. Words: and/且/&amp;&amp;, or/或/||, not/非/!;
/// comparisons = != &gt; &gt;= &lt; &lt;=; values are numbers, options (quoted when they hold spaces), 是/否.
/// It is the platform's one rule language (<see cref="RuleParser"/>) over the questionnaire's answers:
/// checked against the questions when it is parsed and compiled to a delegate over the bound answers,
/// so evaluating a plan is as fast as hand-written code.
/// </summary>
internal sealed class Condition
{
    public string Text { get; }
    public Func<double[], bool> Evaluate { get; }

    private Condition(string text, Func<double[], bool> evaluate) => (Text, Evaluate) = (text, evaluate);

    /// <summary>Null or blank text: always applies.</summary>
    public static Condition? Parse(string? text, Questionnaire questions)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        try { return new Condition(text.Trim(), RuleCompiler.Condition(RuleParser.Condition(text, questions.Schema))); }
        catch (RuleException e) { throw new ConditionException(e.Message); }
    }

    /// <summary>The message of a condition that does not parse, or null.</summary>
    public static string? Check(string? text, Questionnaire questions)
    {
        try { Parse(text, questions); return null; }
        catch (ConditionException e) { return e.Message; }
    }

    public static bool Holds(Condition? c, double[] answers) => c is null || c.Evaluate(answers);
}

/// <summary>A condition that does not parse against its questionnaire; the message is Chinese.</summary>
internal sealed class ConditionException(string message) : Exception(message);
