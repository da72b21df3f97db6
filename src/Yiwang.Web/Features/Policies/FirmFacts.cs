using Yiwang.Web.Common.Rules;
using Yiwang.Web.Features.Catalog.Instant;

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
    public const string LegalEntities = ApplicationFacts.LegalEntities;
    public const string EnterpriseData = ApplicationFacts.EnterpriseData;
    public const string Credit = ApplicationFacts.Credit;
    public const string Licences = ApplicationFacts.Licences;
    public const string Cases = ApplicationFacts.Cases;
    public const string Calculation = ApplicationFacts.Calculation;

    /// <summary>The same facts 秒批 rules read about a firm applicant: one vocabulary, kept by the catalog.</summary>
    public static IReadOnlyList<(RuleFact Fact, string Source)> All => ApplicationFacts.Firm;

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
