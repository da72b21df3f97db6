using Yiwang.Web.Common.Rules;

namespace Yiwang.Web.Features.Policies;

/// <summary>Where a fact about a firm comes from, and as of when.</summary>
internal sealed record FactSource(string Source, DateOnly? AsOf);

/// <summary>
/// The facts a clause's rules may name about a firm (一企一档): from the 法人库, the 企业经营数据库 (last
/// completed year), the 信用库, the 电子证照库 and the platform's own cases. Each has a fixed slot of the
/// value array; a clause's parameters follow from <see cref="Width"/>.
/// </summary>
internal static class FirmFacts
{
    public const string LegalEntities = "法人库";
    public const string EnterpriseData = "企业经营数据库";
    public const string Credit = "信用库";
    public const string Licences = "电子证照库";
    public const string Cases = "本平台办件";
    public const string Calculation = "计算";

    public static readonly IReadOnlyList<(RuleFact Fact, string Source)> All =
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

    public static int Width => All.Count;

    /// <summary>What a firm is rather than what it does: a condition on these is never 差一点.</summary>
    public static readonly IReadOnlySet<string> Fixed = new HashSet<string>(StringComparer.Ordinal) { "industry", "industry_section", "county", "in_park", "established_on" };

    public static RuleFact Fact(string key) => All.First(f => f.Fact.Key == key).Fact;

    public static string SourceOf(string key) => All.FirstOrDefault(f => f.Fact.Key == key).Source ?? "政策参数";

    /// <summary>Industries in words for the 政策计算器 and filters (GB/T 4754 门类).</summary>
    public static readonly IReadOnlyList<(string Code, string Name)> Sections =
    [
        ("A", "农、林、牧、渔业"), ("B", "采矿业"), ("C", "制造业"), ("D", "电力、热力、燃气及水生产和供应业"), ("E", "建筑业"), ("F", "批发和零售业"),
        ("G", "交通运输、仓储和邮政业"), ("H", "住宿和餐饮业"), ("I", "信息传输、软件和信息技术服务业"), ("J", "金融业"), ("K", "房地产业"),
        ("L", "租赁和商务服务业"), ("M", "科学研究和技术服务业"), ("N", "水利、环境和公共设施管理业"), ("O", "居民服务、修理和其他服务业"),
        ("P", "教育"), ("Q", "卫生和社会工作"), ("R", "文化、体育和娱乐业"), ("S", "公共管理、社会保障和社会组织"), ("T", "国际组织"),
    ];
}

/// <summary>
/// One firm's facts as a clause reads them: the values (slots of <see cref="FirmFacts"/>, then the
/// clause's parameters), and what each firm fact was taken from.
/// </summary>
internal sealed class FactSheet(string creditCode, string name, double[] values, FactSource?[] sources)
{
    public string CreditCode => creditCode;
    public string Name => name;
    /// <summary>The firm's facts only (<see cref="FirmFacts.Width"/> slots).</summary>
    public double[] Values => values;
    public FactSource? Source(int slot) => slot < sources.Length ? sources[slot] : null;
}
