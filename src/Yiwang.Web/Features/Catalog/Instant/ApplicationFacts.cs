using System.Globalization;
using Yiwang.Web.Common.Rules;

namespace Yiwang.Web.Features.Catalog.Instant;

/// <summary>
/// What a rule may know of an application: the trusted facts the platform holds about the applicant
/// (the firm's from the 法人库, the 企业经营数据库, the 信用库, the 电子证照库 and its own cases, which
/// policy clauses read too; a person's age from the verified ID number), then the item's form fields,
/// each bound to a slot of the value array the compiled rule reads.
/// </summary>
internal static class ApplicationFacts
{
    public const string LegalEntities = "法人库";
    public const string EnterpriseData = "企业经营数据库";
    public const string Credit = "信用库";
    public const string Licences = "电子证照库";
    public const string Cases = "本平台办件";
    public const string Calculation = "计算";
    public const string Identity = "统一身份认证";
    public const string Form = "申请表";

    /// <summary>The facts about a firm (slots 0 to 16), in the order policy clauses read them.</summary>
    public static readonly IReadOnlyList<(RuleFact Fact, string Source)> Firm =
    [
        (new("today", "计算日期", RuleType.Date, 0), Calculation),
        (new("established_on", "成立日期", RuleType.Date, 1), LegalEntities),
        (new("registered_capital", "注册资本", RuleType.Money, 2), LegalEntities),
        (new("county", "所在区县", RuleType.Text, 3), LegalEntities),
        (new("in_park", "位于张家界高新区", RuleType.Bool, 4), LegalEntities),
        (new("industry", "行业大类", RuleType.Text, 5), EnterpriseData),
        (new("industry_section", "行业门类", RuleType.Text, 6), EnterpriseData),
        (new("employees", "从业人数", RuleType.Number, 7, Unit: "人"), EnterpriseData),
        (new("revenue", "上年度营业收入", RuleType.Money, 8), EnterpriseData),
        (new("revenue_growth", "上年度营业收入增长率", RuleType.Number, 9, Unit: "%"), EnterpriseData),
        (new("tax_paid", "上年度纳税额", RuleType.Money, 10), EnterpriseData),
        (new("rd_spend", "上年度研发投入", RuleType.Money, 11), EnterpriseData),
        (new("high_tech", "高新技术企业", RuleType.Bool, 12), EnterpriseData),
        (new("specialized", "专精特新企业", RuleType.Bool, 13), EnterpriseData),
        (new("credit_ok", "无严重失信记录", RuleType.Bool, 14), Credit),
        (new("licences", "有效电子证照数", RuleType.Number, 15, Unit: "个"), Licences),
        (new("cases_granted", "本平台准予许可的办件数", RuleType.Number, 16, Unit: "件"), Cases),
    ];

    /// <summary>Firm facts a natural person has too (the day, credit, licences, cases).</summary>
    public static readonly IReadOnlySet<string> Shared = new HashSet<string>(StringComparer.Ordinal) { "today", "credit_ok", "licences", "cases_granted" };

    public static readonly (RuleFact Fact, string Source) Age = (new("age", "申请人年龄", RuleType.Number, 17, Unit: "周岁"), Identity);
    public static readonly (RuleFact Fact, string Source) IsFirm = (new("is_firm", "申请人为法人或其他组织", RuleType.Bool, 18), Identity);

    /// <summary>Slots of the trusted facts; the form's fields follow.</summary>
    public const int TrustedWidth = 19;

    public static IEnumerable<(RuleFact Fact, string Source)> Trusted => Firm.Append(Age).Append(IsFirm);

    /// <summary>The form fields a rule may read: not personal numbers (an ID number, a credit code) nor addresses.</summary>
    public static bool Readable(FormField f) => f.Type is FormFieldType.Number or FormFieldType.Date or FormFieldType.Choice or FormFieldType.Text
        && f.Prefill is not (FormPrefill.IdNumber or FormPrefill.Phone or FormPrefill.CreditCode);

    public static RuleSchema Schema(IReadOnlyList<FormField> fields) =>
        new(Trusted.Select(t => t.Fact).Concat(fields.Select((f, i) => (f, i)).Where(x => Readable(x.f)).Select(x => FieldFact(x.f, TrustedWidth + x.i))));

    private static RuleFact FieldFact(FormField f, int slot) => f.Type switch
    {
        FormFieldType.Number => new(f.Key, f.Label, RuleType.Number, slot),
        FormFieldType.Date => new(f.Key, f.Label, RuleType.Date, slot),
        FormFieldType.Choice => new(f.Key, f.Label, RuleType.Text, slot, f.Options),
        _ => new(f.Key, f.Label, RuleType.Text, slot),
    };

    /// <summary>Where a fact's value comes from: a trusted library, or the form.</summary>
    public static string SourceOf(string key) => Trusted.FirstOrDefault(t => t.Fact.Key == key).Source ?? Form;

    /// <summary>The rule checked against the item's form: null when it is fine, else the message (with the position).</summary>
    public static string? Check(InstantRule rule, IReadOnlyList<FormField> fields)
    {
        if (string.IsNullOrWhiteSpace(rule.Rule)) return "请填写秒批规则";
        if (rule.Rule.Length > 2000) return "秒批规则不得超过2000字";
        var clash = fields.FirstOrDefault(f => Trusted.Any(t => t.Fact.Key == f.Key));
        if (clash is not null) return $"申请表字段“{clash.Key}”与可信数据项同名，请改用其他字段标识";
        try
        {
            RuleParser.Condition(rule.Rule, Schema(fields));
            return null;
        }
        catch (RuleException e)
        {
            return e.Message;
        }
    }

    /// <summary>
    /// The form's answers into their slots. A text no rule names cannot equal any rule's text, so it is
    /// read without being kept (<see cref="RuleSymbols.Known"/>); an answer that does not read leaves its slot empty.
    /// </summary>
    public static void Bind(IReadOnlyList<FormField> fields, IReadOnlyDictionary<string, string> form, double[] values)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            var f = fields[i];
            if (!Readable(f) || !form.TryGetValue(f.Key, out var raw) || string.IsNullOrWhiteSpace(raw)) continue;
            raw = raw.Trim();
            values[TrustedWidth + i] = f.Type switch
            {
                FormFieldType.Number => decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? (double)n : 0,
                FormFieldType.Date => DateOnly.TryParse(raw, CultureInfo.InvariantCulture, out var d) ? d.DayNumber : 0,
                FormFieldType.Choice => f.Options.IndexOf(raw),
                _ => RuleSymbols.Known(raw),
            };
        }
    }
}
