using System.Text.RegularExpressions;
using Yiwang.Web.Common.Rules;

namespace Yiwang.Web.Features.Policies;

/// <summary>
/// What a policy must keep to be published (like the catalog's consistency checker): the document's
/// particulars, each clause's promised 兑现 limit at most two thirds of its own, rules that read and
/// check (the clause and the character named), parameters whose dated values do not overlap.
/// </summary>
internal static partial class PolicyRules
{
    public static Dictionary<string, string[]> Check(PolicyDocument d, IReadOnlySet<int> departments)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message) { if (!errors.TryGetValue(field, out var l)) errors[field] = l = []; l.Add(message); }
        if (string.IsNullOrWhiteSpace(d.Title)) Add("title", "请填写政策名称");
        if (string.IsNullOrWhiteSpace(d.IssuingBody)) Add("issuingBody", "请填写发文机关");
        if (string.IsNullOrWhiteSpace(d.DocumentNumber)) Add("documentNumber", "请填写文号（如：张政办发〔2022〕12号）");
        if (!Enum.IsDefined(d.Level)) Add("level", "政策层级应为：国家级、省级、市级、区县级");
        if (d.IssuedOn == default) Add("issuedOn", "请填写发布日期");
        if (d.EffectiveFrom == default) Add("effectiveFrom", "请填写施行日期");
        else if (d.EffectiveFrom < d.IssuedOn) Add("effectiveFrom", "施行日期不能早于发布日期");
        if (d.ExpiresOn < d.EffectiveFrom) Add("expiresOn", "有效期至不能早于施行日期");
        if (string.IsNullOrWhiteSpace(d.FullText)) Add("fullText", "请填写政策原文");
        if (string.IsNullOrWhiteSpace(d.Interpretation)) Add("interpretation", "请填写政策解读：政策发布须同步解读");
        if (d.Clauses.Count == 0) Add("clauses", "至少要有一个条款");
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < d.Clauses.Count; i++) CheckClause(d.Clauses[i], $"clauses[{i}]", keys, departments, Add);
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    private static void CheckClause(PolicyClause c, string at, HashSet<string> keys, IReadOnlySet<int> departments, Action<string, string> add)
    {
        var name = string.IsNullOrWhiteSpace(c.Title) ? at : $"条款“{c.Title}”";
        if (!Key().IsMatch(c.Key ?? "")) add(at + ".key", "条款代码应以字母开头，只含字母、数字和下划线");
        else if (!keys.Add(c.Key!)) add(at + ".key", $"条款代码“{c.Key}”重复");
        if (string.IsNullOrWhiteSpace(c.Title)) add(at + ".title", "请填写条款名称");
        if (!departments.Contains(c.DepartmentId)) add(at + ".departmentId", $"{name}：兑现部门不存在");
        if (!Enum.IsDefined(c.Mode)) add(at + ".mode", "兑现方式应为：免申即享、快申快享、秒批");
        if (!Enum.IsDefined(c.Benefit)) add(at + ".benefit", "惠企类型无效");
        if (c.LegalDays is < 1 or > 365) add(at + ".legalDays", $"{name}：请填写兑现法定时限（1至365个工作日）");
        if (c.PromisedDays < 1) add(at + ".promisedDays", $"{name}：请填写承诺兑现时限");
        else if (c.LegalDays > 0 && c.PromisedDays * 3 > c.LegalDays * 2)
            add(at + ".promisedDays", $"{name}：承诺兑现时限 {c.PromisedDays} 个工作日超过法定时限 {c.LegalDays} 个工作日的三分之二（至多 {c.LegalDays * 2 / 3} 个工作日）");
        if (string.IsNullOrWhiteSpace(c.Guide)) add(at + ".guide", $"{name}：请填写申兑指南（惠及对象、申报条件、兑现时限、受理地址、电话）");
        if (string.IsNullOrWhiteSpace(c.Conditions)) add(at + ".conditions", $"{name}：请用文字写明申报条件");

        if (string.IsNullOrWhiteSpace(c.Eligibility)) add(at + ".eligibility", $"{name}：请填写享受条件（规则）");
        if (string.IsNullOrWhiteSpace(c.Amount) && c.Benefit is BenefitKind.Subsidy or BenefitKind.Reward) add(at + ".amount", $"{name}：资金补贴和奖励须写明金额计算规则");
        CheckRules(c, at, name, add);
    }

    /// <summary>
    /// The rules of every clause, checked when a draft is saved (the rest waits for publishing): parameters
    /// whose values read and do not overlap, an eligibility and an amount that parse and type-check.
    /// </summary>
    public static Dictionary<string, string[]> Rules(PolicyDocument d)
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message) { if (!errors.TryGetValue(field, out var l)) errors[field] = l = []; l.Add(message); }
        for (var i = 0; i < d.Clauses.Count; i++)
            CheckRules(d.Clauses[i], $"clauses[{i}]", string.IsNullOrWhiteSpace(d.Clauses[i].Title) ? $"clauses[{i}]" : $"条款“{d.Clauses[i].Title}”", Add);
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }

    private static void CheckRules(PolicyClause c, string at, string name, Action<string, string> add)
    {
        var parameterKeys = new HashSet<string>(StringComparer.Ordinal);
        for (var j = 0; j < c.Parameters.Count; j++)
        {
            var p = c.Parameters[j];
            var pat = $"{at}.parameters[{j}]";
            if (!Key().IsMatch(p.Key ?? "")) add(pat + ".key", "参数代码应以字母开头，只含字母、数字和下划线");
            else if (FirmFacts.All.Any(f => f.Fact.Key == p.Key)) add(pat + ".key", $"参数代码“{p.Key}”与企业事实同名");
            else if (!parameterKeys.Add(p.Key!)) add(pat + ".key", $"参数代码“{p.Key}”重复");
            if (string.IsNullOrWhiteSpace(p.Label)) add(pat + ".label", "请填写参数名称");
            if (p.Type is not (RuleType.Money or RuleType.Number or RuleType.Date)) add(pat + ".type", "参数类型应为金额、数字或日期");
            if (p.Values.Count == 0) add(pat + ".values", $"参数“{p.Label}”至少要有一个取值");
            var ordered = p.Values.Select((v, k) => (v, k)).OrderBy(x => x.v.From).ToList();
            for (var k = 0; k < ordered.Count; k++)
            {
                var (v, index) = ordered[k];
                var vat = $"{pat}.values[{index}]";
                if (v.Until < v.From) add(vat + ".until", "截止日期不能早于起始日期");
                try { CompiledClause.ParameterValue(v.Value, p.Type); }
                catch (RuleException e) { add(vat + ".value", $"参数“{p.Label}”的取值“{v.Value}”：{e.Message}"); }
                if (k > 0 && ordered[k - 1].v is var prev && (prev.Until is null || prev.Until >= v.From))
                    add(vat + ".from", $"参数“{p.Label}”自 {v.From:yyyy-MM-dd} 起的取值与自 {prev.From:yyyy-MM-dd} 起的取值时段重叠");
            }
        }

        var schema = CompiledClause.Schema(c);
        if (!string.IsNullOrWhiteSpace(c.Eligibility))
            try { RuleParser.Condition(c.Eligibility, schema); }
            catch (RuleException e) { add(at + ".eligibility", $"{name}的享受条件{e.Message}"); }
        if (!string.IsNullOrWhiteSpace(c.Amount))
            try { RuleParser.Value(c.Amount, schema, RuleType.Money); }
            catch (RuleException e) { add(at + ".amount", $"{name}的金额规则{e.Message}"); }
    }


    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,39}$")]
    private static partial Regex Key();
}
