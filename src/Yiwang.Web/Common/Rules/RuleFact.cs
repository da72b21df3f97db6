namespace Yiwang.Web.Common.Rules;

/// <summary>What a value in a rule is: every value is held as one number (see <see cref="RuleFact"/>).</summary>
internal enum RuleType { Bool, Number, Money, Date, Text, Period }

/// <summary>
/// One fact a rule may name, bound to a slot of the value array a compiled rule reads. Values are held
/// as numbers: a yes/no as 1 or 0, money in fen, a date as its day number, a text as its option's index
/// (when <see cref="Choices"/> are given) or its interned id (<see cref="RuleSymbols"/>).
/// </summary>
internal sealed record RuleFact(string Key, string Label, RuleType Type, int Slot, IReadOnlyList<string>? Choices = null, string? Unit = null);

/// <summary>The facts a rule may name (a questionnaire, a firm's facts with a clause's parameters, an application's form).</summary>
internal interface IRuleSchema
{
    RuleFact? Find(string key);

    /// <summary>What to say of a name that is not a fact here.</summary>
    string Unknown(string name) => $"没有“{name}”这一事实";
}

/// <summary>A schema from a list of facts (slots as given).</summary>
internal sealed class RuleSchema(IEnumerable<RuleFact> facts) : IRuleSchema
{
    private readonly Dictionary<string, RuleFact> _facts = facts.ToDictionary(f => f.Key, StringComparer.Ordinal);

    public IReadOnlyCollection<RuleFact> Facts => _facts.Values;
    public int Width => _facts.Count == 0 ? 0 : _facts.Values.Max(f => f.Slot) + 1;

    public RuleFact? Find(string key) => _facts.GetValueOrDefault(key);

    public string Unknown(string name) => $"没有“{name}”这一事实（可用：{string.Join("、", _facts.Values.OrderBy(f => f.Slot).Take(40).Select(f => $"{f.Key}（{f.Label}）"))}）";
}

/// <summary>A rule that does not parse or check; <see cref="Position"/> is the 0-based character where it went wrong.</summary>
internal sealed class RuleException(string message, int position) : Exception(message)
{
    public int Position { get; } = position;
}
