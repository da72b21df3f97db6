using Yiwang.Web.Common.Rules;

namespace Yiwang.Web.Features.Policies;

/// <summary>政策层级</summary>
internal enum PolicyLevel { National, Provincial, City, County }

/// <summary>What a clause gives: 资金补贴, 奖励, 费用减免, 税收优惠, 资格认定.</summary>
internal enum BenefitKind { Subsidy, Reward, FeeRelief, TaxRelief, Qualification }

/// <summary>How a clause is paid out (兑现方式): 免申即享 (no application), 快申快享 (one quick application), 秒批 (approved by the system).</summary>
internal enum RedemptionMode { NoApplication, FastApplication, InstantApproval }

/// <summary>How often a firm may get a clause: once a year, or once ever.</summary>
internal enum ClausePeriod { Yearly, Once }

/// <summary>
/// 惠企政策 as published: the document (level, issuing body, 文号, dates, full text, 政策解读) and its
/// clauses. One immutable JSON snapshot per version, like an item's guide.
/// </summary>
internal sealed class PolicyDocument
{
    public string Title { get; set; } = "";
    public PolicyLevel Level { get; set; } = PolicyLevel.City;
    public string IssuingBody { get; set; } = "";
    /// <summary>文号, e.g. 张政办发〔2022〕12号.</summary>
    public string DocumentNumber { get; set; } = "";
    public DateOnly IssuedOn { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public string FullText { get; set; } = "";
    /// <summary>政策解读.</summary>
    public string Interpretation { get; set; } = "";
    /// <summary>Industries it is for (filter labels: 制造业, 信息技术服务业 …); empty: all.</summary>
    public List<string> Industries { get; set; } = [];
    /// <summary>Demo content: amounts and conditions are demo values.</summary>
    public bool Demo { get; set; }
    public List<PolicyClause> Clauses { get; set; } = [];

    public bool OpenOn(DateOnly day) => EffectiveFrom <= day && (ExpiresOn is null || day <= ExpiresOn);

    /// <summary>What JSON may leave null (a list, a text, an element) made empty, so checking a submitted draft never trips over it.</summary>
    public PolicyDocument Normalized()
    {
        (Title, IssuingBody, DocumentNumber, FullText, Interpretation) = (Title ?? "", IssuingBody ?? "", DocumentNumber ?? "", FullText ?? "", Interpretation ?? "");
        Industries = (Industries ?? []).Where(i => !string.IsNullOrWhiteSpace(i)).ToList();
        Clauses = (Clauses ?? []).Where(c => c is not null).ToList();
        foreach (var c in Clauses)
        {
            (c.Key, c.Title, c.Eligibility, c.Conditions, c.Guide) = (c.Key ?? "", c.Title ?? "", c.Eligibility ?? "", c.Conditions ?? "", c.Guide ?? "");
            c.Materials = (c.Materials ?? []).Where(m => !string.IsNullOrWhiteSpace(m)).ToList();
            c.Parameters = (c.Parameters ?? []).Where(p => p is not null).ToList();
            foreach (var p in c.Parameters)
            {
                (p.Key, p.Label) = (p.Key ?? "", p.Label ?? "");
                p.Values = (p.Values ?? []).Where(v => v is not null).ToList();
                foreach (var v in p.Values) v.Value ??= "";
            }
        }
        return this;
    }

    public PolicyClause? Clause(string key) => Clauses.FirstOrDefault(c => c.Key == key);
}

/// <summary>
/// 条款: one benefit, who pays it out and how, within which limits, for whom (<see cref="Eligibility"/>,
/// a rule over the firm's facts and the clause's parameters) and how much (<see cref="Amount"/>).
/// </summary>
internal sealed class PolicyClause
{
    public string Key { get; set; } = "";
    public string Title { get; set; } = "";
    public BenefitKind Benefit { get; set; }
    /// <summary>兑现部门.</summary>
    public int DepartmentId { get; set; }
    public RedemptionMode Mode { get; set; }
    public ClausePeriod Period { get; set; } = ClausePeriod.Yearly;
    /// <summary>The clause's own statutory 兑现 limit, working days.</summary>
    public int LegalDays { get; set; }
    /// <summary>The promised limit: at most two thirds of <see cref="LegalDays"/> (一次申报、快速兑现).</summary>
    public int PromisedDays { get; set; }
    /// <summary>Who qualifies, in the rule language.</summary>
    public string Eligibility { get; set; } = "";
    /// <summary>How much, in the rule language (money); empty for a qualification.</summary>
    public string? Amount { get; set; }
    /// <summary>申报条件 in plain Chinese, as the document words them.</summary>
    public string Conditions { get; set; } = "";
    /// <summary>申兑指南: 惠及对象、申报条件、兑现时限、受理地址、电话.</summary>
    public string Guide { get; set; } = "";
    public List<string> Materials { get; set; } = [];
    public List<PolicyParameter> Parameters { get; set; } = [];
}

/// <summary>A named amount, rate, cap or threshold of a clause, with its values by effective date (OpenFisca-style).</summary>
internal sealed class PolicyParameter
{
    public string Key { get; set; } = "";
    public string Label { get; set; } = "";
    public RuleType Type { get; set; } = RuleType.Money;
    public string? Unit { get; set; }
    public List<ParameterValue> Values { get; set; } = [];

    /// <summary>The value in force on a day (null: none set for it).</summary>
    public ParameterValue? On(DateOnly day) => Values.FirstOrDefault(v => v.From <= day && (v.Until is null || day <= v.Until));
}

/// <summary>A parameter's value from a day (until a day, or until the next value): written as in a rule, e.g. 50万元, 10%, 2024-01-01.</summary>
internal sealed class ParameterValue
{
    public DateOnly From { get; set; }
    public DateOnly? Until { get; set; }
    public string Value { get; set; } = "";
}

internal static class PolicyNames
{
    public static string Label(this PolicyLevel l) => l switch { PolicyLevel.National => "国家级", PolicyLevel.Provincial => "省级", PolicyLevel.City => "市级", _ => "区县级" };

    public static string Label(this BenefitKind b) => b switch
    {
        BenefitKind.Subsidy => "资金补贴", BenefitKind.Reward => "奖励", BenefitKind.FeeRelief => "费用减免", BenefitKind.TaxRelief => "税收优惠", _ => "资格认定",
    };

    public static string Label(this RedemptionMode m) => m switch { RedemptionMode.NoApplication => "免申即享", RedemptionMode.FastApplication => "快申快享", _ => "秒批" };

    public static string Label(this ClausePeriod p) => p == ClausePeriod.Yearly ? "每年一次" : "限享一次";
}
