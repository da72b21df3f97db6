using Yiwang.Web.Common.Rules;
using Yiwang.Web.Features.DataSharing;
using Yiwang.Web.Features.Organization;
using Yiwang.Web.Features.Policies;

namespace Yiwang.Web.Data.Seed;

/// <summary>
/// The demo 惠企政策清单: the policy named in the plan's source page (《张家界市推进新一代信息技术与制造业融合
/// 发展奖励办法》, 2022) and eleven more across seven departments. Titles and issuers are realistic; every
/// amount, threshold, limit and clause text is a demo value (<see cref="PolicyDocument.Demo"/>). Also the
/// 企业经营数据库 rows of the demo firms (2024 and 2025).
/// </summary>
internal static class DemoPolicies
{
    public const string Author = "演示数据";
    public const string Fusion = "ZJJ-2022-XXRH";

    private static PolicyParameter Money(string key, string label, params (string From, string? Until, string Value)[] values) =>
        new() { Key = key, Label = label, Type = RuleType.Money, Values = values.Select(v => new ParameterValue { From = DateOnly.Parse(v.From), Until = v.Until is null ? null : DateOnly.Parse(v.Until), Value = v.Value }).ToList() };

    private static PolicyParameter Rate(string key, string label, string from, string value) =>
        new() { Key = key, Label = label, Type = RuleType.Number, Unit = "%", Values = [new ParameterValue { From = DateOnly.Parse(from), Value = value }] };

    private static string Guide(string who, string dept, int days, string phone) =>
        $"惠及对象：{who}。兑现时限：承诺 {days} 个工作日内兑现。受理地址：张家界市政务服务中心惠企政策兑现专窗（或“我的张家界”网上专区）。咨询电话：{phone}。（演示数据）";

    private static PolicyClause Clause(string key, string title, BenefitKind benefit, int department, RedemptionMode mode, int legal, int promised,
        string eligibility, string? amount, string conditions, string guide, List<PolicyParameter>? parameters = null, ClausePeriod period = ClausePeriod.Yearly, List<string>? materials = null) =>
        new()
        {
            Key = key, Title = title, Benefit = benefit, DepartmentId = department, Mode = mode, LegalDays = legal, PromisedDays = promised, Eligibility = eligibility, Amount = amount,
            Conditions = conditions, Guide = guide, Parameters = parameters ?? [], Period = period,
            Materials = materials ?? (mode == RedemptionMode.NoApplication ? [] : ["申报表（平台自动生成）", "银行账户信息"]),
        };

    private static PolicyDocument Doc(string title, string body, string number, string issued, string effective, string? expires, string text, string reading, List<string> industries, params PolicyClause[] clauses) =>
        new()
        {
            Title = title, Level = PolicyLevel.City, IssuingBody = body, DocumentNumber = number, IssuedOn = DateOnly.Parse(issued), EffectiveFrom = DateOnly.Parse(effective),
            ExpiresOn = expires is null ? null : DateOnly.Parse(expires), FullText = text, Interpretation = reading, Industries = industries, Demo = true, Clauses = [.. clauses],
        };

    public static IEnumerable<(string Code, int Department, PolicyDocument Document)> All(Func<string, int> dept)
    {
        var (gx, rs, sw, wl, gxq, fg, ny) = (dept("市工业和信息化局"), dept("市人力资源社会保障局"), dept("市商务局"), dept("市文化旅游广电体育局"), dept("张家界高新区管委会"), dept("市发展改革委"), dept("市农业农村局"));
        yield return (Fusion, gx, Doc("张家界市推进新一代信息技术与制造业融合发展奖励办法", "张家界市人民政府办公室", "张政办发〔2022〕9号", "2022-06-01", "2022-06-01", "2027-12-31",
            "第一条 为推进新一代信息技术与制造业深度融合，加快制造业数字化、网络化、智能化转型，结合本市实际，制定本办法。\n第二条 对认定为市级以上智能制造示范企业的规模以上工业企业，按其上年度研发投入的一定比例给予奖励。\n第三条 对实施“企业上云”的制造业企业，给予一次性补贴。\n第四条 对首次认定的高新技术企业给予奖励。\n第五条 本办法由市工业和信息化局负责解释。（演示数据：条文为示意）",
            "一、出台背景：落实省“智赋万企”行动。二、支持对象：在本市登记注册、具有独立法人资格、信用良好的制造业企业。三、主要内容：智能制造奖励按研发投入10%计算、最高50万元（2025年起由30万元提高至50万元）；上云补贴每家5万元，免申即享；首次认定高企奖励10万元。（演示数据）",
            ["制造业", "信息传输、软件和信息技术服务业"],
            Clause("smart_factory", "智能制造示范企业奖励", BenefitKind.Reward, gx, RedemptionMode.FastApplication, 60, 40,
                "industry_section = C and revenue >= min_revenue and rd_spend > 0元 and credit_ok", "min(rd_spend * rate, cap)",
                "本市规模以上制造业企业（上年度营业收入2000万元以上），有研发投入，无严重失信记录；奖励额为上年度研发投入的10%，最高50万元。",
                Guide("规模以上制造业企业", "市工业和信息化局", 40, "0744-8222501"),
                [Money("min_revenue", "规模以上营业收入门槛", ("2022-06-01", null, "2000万元")), Rate("rate", "奖励比例", "2022-06-01", "10%"),
                 Money("cap", "奖励上限", ("2022-06-01", "2024-12-31", "30万元"), ("2025-01-01", null, "50万元"))]),
            Clause("cloud", "企业上云补贴", BenefitKind.Subsidy, gx, RedemptionMode.NoApplication, 45, 20,
                "industry_section = C and employees >= 20 and credit_ok", "cloud_grant",
                "本市从业人数20人以上的制造业企业，无严重失信记录；每家一次性补贴5万元，无需申请。",
                Guide("制造业企业", "市工业和信息化局", 20, "0744-8222501"), [Money("cloud_grant", "上云补贴额", ("2022-06-01", null, "5万元"))], ClausePeriod.Once),
            Clause("high_tech_first", "首次认定高新技术企业奖励", BenefitKind.Reward, gx, RedemptionMode.NoApplication, 30, 15,
                "high_tech and established_on >= today - 5年 and credit_ok", "10万元",
                "成立5年以内、经认定为高新技术企业的本市企业，无严重失信记录；奖励10万元，无需申请。", Guide("新认定高新技术企业", "市工业和信息化局", 15, "0744-8222501"),
                period: ClausePeriod.Once)));
        yield return ("ZJJ-2023-ZJTX", gx, Doc("张家界市支持专精特新中小企业高质量发展若干措施", "张家界市人民政府办公室", "张政办发〔2023〕6号", "2023-03-15", "2023-04-01", null,
            "一、对新认定的省级以上专精特新中小企业给予奖励。二、对研发投入达到一定规模的中小企业给予研发补助。（演示数据：条文为示意）",
            "支持对象为本市专精特新中小企业；奖励20万元免申即享；研发补助按研发投入5%、最高100万元，快申快享。（演示数据）", ["制造业"],
            Clause("specialized_reward", "专精特新企业奖励", BenefitKind.Reward, gx, RedemptionMode.NoApplication, 30, 20, "specialized and credit_ok", "20万元",
                "经认定的专精特新中小企业，无严重失信记录；奖励20万元。", Guide("专精特新中小企业", "市工业和信息化局", 20, "0744-8222501"), period: ClausePeriod.Once),
            Clause("rd_grant", "中小企业研发补助", BenefitKind.Subsidy, gx, RedemptionMode.FastApplication, 60, 30, "rd_spend >= rd_floor and employees <= 1000 and credit_ok",
                "min(rd_spend * 5%, 100万元)", "从业人数1000人以下、上年度研发投入100万元以上的企业；补助为研发投入的5%，最高100万元。",
                Guide("中小企业", "市工业和信息化局", 30, "0744-8222501"), [Money("rd_floor", "研发投入门槛", ("2023-04-01", null, "100万元"))])));
        yield return ("ZJJ-2024-WGKG", rs, Doc("张家界市稳岗扩岗就业补贴实施细则", "张家界市人力资源和社会保障局", "张人社发〔2024〕3号", "2024-02-20", "2024-03-01", "2027-02-28",
            "一、对不裁员或少裁员的参保企业发放稳岗补贴。二、对吸纳高校毕业生见习的企业给予见习补贴。（演示数据：条文为示意）",
            "稳岗补贴按从业人数每人1000元、最高10万元，免申即享，系统比对参保和信用数据后直接拨付；见习补贴秒批。（演示数据）", [],
            Clause("job_subsidy", "稳岗补贴", BenefitKind.Subsidy, rs, RedemptionMode.NoApplication, 30, 15, "employees >= 10 and credit_ok", "min(employees * per_head, cap)",
                "从业人数10人以上、无严重失信记录的企业；按每人1000元发放，最高10万元。", Guide("参保企业", "市人力资源社会保障局", 15, "0744-8226701"),
                [Money("per_head", "每人补贴标准", ("2024-03-01", null, "1000元")), Money("cap", "补贴上限", ("2024-03-01", null, "10万元"))]),
            Clause("intern_subsidy", "就业见习补贴", BenefitKind.Subsidy, rs, RedemptionMode.InstantApproval, 30, 10, "employees >= 5 and credit_ok", "2万元",
                "吸纳高校毕业生就业见习、无严重失信记录的企业；每家每年2万元，申报后系统即时审批。", Guide("吸纳见习的企业", "市人力资源社会保障局", 10, "0744-8226701"))));
        yield return ("ZJJ-2024-CYDB", rs, Doc("张家界市小微企业创业担保贷款贴息办法", "张家界市人力资源和社会保障局", "张人社发〔2024〕8号", "2024-05-10", "2024-06-01", null,
            "对成立5年以内、注册资本500万元以下的小微企业创业担保贷款给予贴息。（演示数据：条文为示意）", "贴息每家最高3万元。（演示数据）", [],
            Clause("loan_interest", "创业担保贷款贴息", BenefitKind.Subsidy, rs, RedemptionMode.FastApplication, 45, 30, "registered_capital <= 500万元 and established_on >= today - 5年 and credit_ok",
                "3万元", "成立5年以内、注册资本500万元以下、无严重失信记录的小微企业。", Guide("小微企业", "市人力资源社会保障局", 30, "0744-8226701"))));
        yield return ("ZJJ-2023-WMWZ", sw, Doc("张家界市促进外贸稳增长若干措施", "张家界市商务局", "张商发〔2023〕11号", "2023-07-01", "2023-07-01", null,
            "对参加境内外重点展会的外贸企业给予参展补贴。（演示数据：条文为示意）", "参展补贴每家每年2万元。（演示数据）", ["制造业", "批发和零售业"],
            Clause("expo", "外贸企业参展补贴", BenefitKind.Subsidy, sw, RedemptionMode.FastApplication, 45, 30, "industry_section in {C, F} and credit_ok", "2万元",
                "制造业、批发和零售业企业，无严重失信记录。", Guide("外贸企业", "市商务局", 30, "0744-8228801"))));
        yield return ("ZJJ-2024-DSJL", sw, Doc("张家界市支持电子商务发展奖励办法", "张家界市商务局", "张商发〔2024〕2号", "2024-01-15", "2024-02-01", null,
            "对网络零售额达到一定规模的电子商务企业给予奖励。（演示数据：条文为示意）", "按营业收入1%奖励，最高30万元。（演示数据）", ["批发和零售业"],
            Clause("ecommerce", "电子商务企业奖励", BenefitKind.Reward, sw, RedemptionMode.NoApplication, 45, 30, "industry = F52 and revenue >= 500万元 and credit_ok", "min(revenue * 1%, 30万元)",
                "零售业（F52）企业，上年度营业收入500万元以上，无严重失信记录。", Guide("电子商务企业", "市商务局", 30, "0744-8228801"))));
        yield return ("ZJJ-2024-WLGZ", wl, Doc("张家界市促进文化旅游产业高质量发展奖励办法", "张家界市文化旅游广电体育局", "张文旅发〔2024〕5号", "2024-03-01", "2024-03-01", "2028-12-31",
            "对营业收入较快增长、纳税贡献较大的文化旅游企业给予奖励。（演示数据：条文为示意）",
            "住宿餐饮、租赁和商务服务（含旅行社）、文化体育娱乐企业，上年度营业收入增长10%以上、纳税20万元以上，按纳税额10%奖励，最高50万元，免申即享。（演示数据）",
            ["住宿和餐饮业", "租赁和商务服务业", "文化、体育和娱乐业"],
            Clause("tourism_growth", "文旅企业增长奖励", BenefitKind.Reward, wl, RedemptionMode.NoApplication, 45, 30,
                "industry_section in {H, L, R} and revenue_growth >= growth_floor and tax_paid >= 20万元 and credit_ok", "min(tax_paid * 10%, 50万元)",
                "文化旅游企业，上年度营业收入增长10%以上、纳税20万元以上，无严重失信记录。", Guide("文化旅游企业", "市文化旅游广电体育局", 30, "0744-8229901"),
                [new PolicyParameter { Key = "growth_floor", Label = "营业收入增长率门槛", Type = RuleType.Number, Unit = "%", Values = [new ParameterValue { From = new DateOnly(2024, 3, 1), Value = "10%" }] }])));
        yield return ("ZJJ-2025-MSTZ", wl, Doc("张家界市民宿（客栈）提质升级奖补办法", "张家界市文化旅游广电体育局", "张文旅发〔2025〕1号", "2025-01-10", "2025-02-01", null,
            "对完成提质升级的民宿（客栈）给予一次性奖补。（演示数据：条文为示意）", "每家3万元，快申快享。（演示数据）", ["住宿和餐饮业"],
            Clause("homestay", "民宿提质升级奖补", BenefitKind.Subsidy, wl, RedemptionMode.FastApplication, 45, 30, "industry = H61 and credit_ok", "3万元",
                "住宿业（H61）企业，无严重失信记录。", Guide("民宿（客栈）", "市文化旅游广电体育局", 30, "0744-8229901"), period: ClausePeriod.Once)));
        yield return ("GXQ-2024-CYFZ", gxq, Doc("张家界高新区促进产业发展若干政策", "张家界高新区管委会", "张高管发〔2024〕4号", "2024-04-01", "2024-04-01", null,
            "对新入园企业给予入园奖励；对园区企业给予标准厂房租金减免。（演示数据：条文为示意）", "入园2年内奖励20万元，免申即享；租金减免按从业人数每人2000元、最高20万元。（演示数据）", [],
            Clause("park_settle", "新入园企业奖励", BenefitKind.Reward, gxq, RedemptionMode.NoApplication, 30, 20, "in_park and established_on >= today - 2年 and credit_ok", "20万元",
                "住所在张家界高新区、成立2年以内、无严重失信记录的企业。", Guide("新入园企业", "张家界高新区管委会", 20, "0744-8288001"), period: ClausePeriod.Once),
            Clause("park_rent", "标准厂房租金减免", BenefitKind.FeeRelief, gxq, RedemptionMode.FastApplication, 30, 20, "in_park and employees >= 10", "min(employees * 2000元, 20万元)",
                "住所在张家界高新区、从业人数10人以上的企业。", Guide("园区企业", "张家界高新区管委会", 20, "0744-8288001"))));
        yield return ("ZJJ-2023-FWYF", fg, Doc("张家界市促进服务业发展奖励办法", "张家界市发展和改革委员会", "张发改发〔2023〕15号", "2023-05-01", "2023-06-01", null,
            "对首次纳入规模以上统计的服务业企业给予奖励。（演示数据：条文为示意）", "营业收入1000万元以上的交通运输、信息技术、租赁和商务服务、科技服务企业奖励10万元。（演示数据）", [],
            Clause("services_up", "服务业企业升规奖励", BenefitKind.Reward, fg, RedemptionMode.NoApplication, 45, 30, "industry_section in {G, I, L, M} and revenue >= 1000万元 and credit_ok", "10万元",
                "交通运输、信息技术、租赁和商务服务、科学研究和技术服务业企业，上年度营业收入1000万元以上，无严重失信记录。", Guide("服务业企业", "市发展改革委", 30, "0744-8222301"), period: ClausePeriod.Once)));
        yield return ("ZJJ-2022-SSGP", fg, Doc("张家界市支持企业上市挂牌奖励办法", "张家界市人民政府办公室", "张政办发〔2022〕14号", "2022-09-01", "2022-10-01", null,
            "对启动上市辅导的企业分阶段给予奖励。（演示数据：条文为示意）", "注册资本5000万元以上、信用良好的企业，辅导备案后奖励100万元。（演示数据）", [],
            Clause("listing", "上市辅导备案奖励", BenefitKind.Reward, fg, RedemptionMode.FastApplication, 60, 40, "registered_capital >= 5000万元 and credit_ok", "100万元",
                "注册资本5000万元以上、无严重失信记录，已在证监局辅导备案的企业。", Guide("拟上市企业", "市发展改革委", 40, "0744-8222301"), period: ClausePeriod.Once,
                materials: ["申报表（平台自动生成）", "辅导备案受理通知书", "银行账户信息"])));
        yield return ("ZJJ-2024-LTQY", ny, Doc("张家界市农业产业化龙头企业奖励办法", "张家界市农业农村局", "张农发〔2024〕7号", "2024-04-15", "2024-05-01", null,
            "对营业收入达到一定规模的农业产业化龙头企业给予奖励。（演示数据：条文为示意）", "农林牧渔业企业营业收入1000万元以上奖励15万元，免申即享。（演示数据）", ["农、林、牧、渔业"],
            Clause("agri_leader", "农业产业化龙头企业奖励", BenefitKind.Reward, ny, RedemptionMode.NoApplication, 45, 30, "industry_section = A and revenue >= 1000万元 and credit_ok", "15万元",
                "农、林、牧、渔业企业，上年度营业收入1000万元以上，无严重失信记录。", Guide("农业企业", "市农业农村局", 30, "0744-8223301"))));
    }

    /// <summary>企业经营数据 of the demo firms: credit code (17 digits), industry, then the figures of the year before last and of last year (万元).</summary>
    private static readonly (string Code17, string Industry, int Employees, decimal Revenue24, decimal Revenue25, decimal Tax, decimal Rd, bool HighTech, bool Specialized)[] Firms =
    [
        ("91430800MA4PQ1234", "L7291", 85, 1500m, 1800m, 60m, 0m, false, false),
        ("91430802MA4L00011", "H6210", 25, 280m, 300m, 9m, 0m, false, false),
        ("91430811MA4L00022", "H6110", 18, 400m, 460m, 21m, 0m, false, false),
        ("92430821MA4L00033", "H6220", 4, 40m, 42m, 0.5m, 0m, false, false),
        ("91430822MA4L00044", "A0141", 60, 1050m, 1200m, 35m, 12m, false, false),
        ("91430800MA4L00055", "C3911", 140, 4200m, 5000m, 260m, 380m, true, true),
    ];

    public static void SeedEnterpriseData(YiwangDb db, DateTimeOffset now)
    {
        foreach (var f in Firms)
        {
            var code = DemoData.WithCreditCheck(f.Code17);
            var last = Common.Time.ChinaTime.Date(now).Year - 1;
            foreach (var (year, revenue, share) in new[] { (last - 1, f.Revenue24, 0.85m), (last, f.Revenue25, 1m) })
                db.EnterpriseDataRecords.Add(new EnterpriseDataRecord
                {
                    Key = EnterpriseDataRecord.KeyOf(code, year), CreditCode = code, Year = year, IndustryCode = f.Industry, Employees = f.Employees, Revenue = revenue,
                    TaxPaid = Math.Round(f.Tax * share, 2), RdSpend = Math.Round(f.Rd * share, 2), HighTech = f.HighTech, Specialized = f.Specialized && year == last,
                    CreatedAt = now, UpdatedAt = now,
                });
        }
    }

    /// <summary>Seeds the policies (and the items of their applied-for clauses); answers the departments that pay them out.</summary>
    public static async Task<List<Department>> SeedAsync(YiwangDb db, IReadOnlyList<Department> departments, DateTimeOffset now, CancellationToken ct)
    {
        var paying = new List<Department>();
        foreach (var (code, department, document) in All(name => departments.Single(d => d.Name == name).Id))
        {
            var policy = new Policy { Code = code, DepartmentId = department, CreatedAt = now };
            policy.SaveDraft(document, Author, now);
            policy.Publish(Author, now);
            db.Policies.Add(policy);
            await Features.Policies.Apply.PolicyItems.EnsureAsync(db, code, document, Author, now, ct);
            paying.AddRange(document.Clauses.Select(c => departments.Single(d => d.Id == c.DepartmentId)));
        }
        SeedEnterpriseData(db, now);
        return paying.Distinct().ToList();
    }
}
