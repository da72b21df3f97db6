namespace Yiwang.Web.Features.Indicators;

/// <summary>At least the target (a rate to reach) or at most (a rate to push down).</summary>
internal enum TargetDirection { AtLeast, AtMost }

/// <summary>What a figure is made of: catalog items in force, or cases, cards and ratings of the period.</summary>
internal enum IndicatorSource { Catalog, Cases, Libraries }

internal sealed record YearTarget(int Year, double Value);

/// <summary>One reform indicator of the policy text: its formula in words and its targets year by year.</summary>
internal sealed record IndicatorDefinition(string Key, string Name, string Unit, string Numerator, string Denominator, TargetDirection Direction,
    IReadOnlyList<YearTarget> Targets, IndicatorSource Source, string Basis)
{
    /// <summary>The target in force for a year: the latest one set for that year or before (the first one before any is due).</summary>
    public YearTarget? TargetFor(int year) => Targets.Count == 0 ? null : Targets.LastOrDefault(t => t.Year <= year) ?? Targets[0];

    public bool? Met(double? value, int year) => value is not { } v || TargetFor(year) is not { } t ? null
        : Direction == TargetDirection.AtLeast ? v >= t.Value - 1e-9 : v <= t.Value + 1e-12;
}

/// <summary>
/// Every numeric target of 张家界市“互联网+政务服务”改革 (shared/seed) that the platform's own data can measure.
/// Written out in docs/indicators.md; the dashboard shows the same words on hover.
/// </summary>
internal static class IndicatorDefinitions
{
    public const string PromisedCompression = "promised-compression";
    public const string ImmediateShare = "immediate-share";
    public const string OnlineAvailable = "online-available";
    public const string AtMostOneVisit = "at-most-one-visit";
    public const string FullyOnline = "fully-online";
    public const string AverageTrips = "average-trips";
    public const string ChiefApproval = "chief-approval";
    public const string CardRate = "card-rate";
    public const string RatingCoverage = "rating-coverage";
    public const string RatingSatisfaction = "rating-satisfaction";
    public const string CoverageDepartments = "coverage-departments";
    public const string CoverageTownships = "coverage-townships";
    public const string CoverageVillages = "coverage-villages";
    public const string CityWideHighFrequency = "city-wide-high-frequency";
    public const string CrossAreaShare = "cross-area-share";
    public const string MaterialsDrawn = "materials-drawn";
    public const string LibraryGrowth = "library-growth";
    public const string BundleOnTime = "bundle-on-time";
    public const string PoliciesPublished = "policies-published";
    public const string FirmsReached = "policy-firms-reached";
    public const string PolicyAmountPaid = "policy-amount-paid";
    public const string NoApplicationShare = "policy-no-application-share";
    public const string RedeemDays = "policy-redeem-days";
    public const string InstantShare = "instant-approval-share";
    public const string HotlineResponse = "hotline-response-rate";
    public const string HotlineResolution = "hotline-resolution-rate";
    public const string HotlineSatisfaction = "hotline-satisfaction-rate";

    public static readonly IReadOnlyList<IndicatorDefinition> All =
    [
        new(PromisedCompression, "承诺时限压缩率", "%", "行政许可事项（有法定时限的）法定时限之和 − 承诺时限之和", "这些事项法定时限之和",
            TargetDirection.AtLeast, [new(2023, 0.70)], IndicatorSource.Catalog, "到2023年底，行政许可事项平均承诺时限在法定时限基础上压缩70%以上"),
        new(ImmediateShare, "即办件占比", "%", "办件类型为即办件的在用事项数", "在用事项总数",
            TargetDirection.AtLeast, [new(2023, 0.50)], IndicatorSource.Catalog, "即办件占比不低于50%"),
        new(OnlineAvailable, "网上可办率", "%", "网办深度二级及以上的在用事项数", "在用事项总数",
            TargetDirection.AtLeast, [new(2023, 0.95)], IndicatorSource.Catalog, "网上可办（即网办深度为二级及以上）事项达到95%以上"),
        new(AtMostOneVisit, "“最多跑一次”事项占比", "%", "到现场次数不超过1次的在用事项数", "在用事项总数",
            TargetDirection.AtLeast, [new(2023, 0.95)], IndicatorSource.Catalog, "“最多跑一次”事项达到95%以上"),
        new(FullyOnline, "全程网办率", "%", "网办深度四级（全程网办）的在用事项数", "在用事项总数",
            TargetDirection.AtLeast, [new(2024, 0.70)], IndicatorSource.Catalog, "到2024年底，全程网办（即网办深度为四级）事项达到70%以上"),
        new(AverageTrips, "平均跑动次数", "次", "期间内办结办件的跑动次数之和（申请人到窗口的不同日期数）", "期间内办结的办件数",
            TargetDirection.AtMost, [new(2024, 0.5)], IndicatorSource.Cases, "平均跑动次数不高于0.5次"),
        new(ChiefApproval, "首席审批员直接审批事项占比", "%", "可由首席审批员在窗口直接审批的在用事项数", "在用事项总数",
            TargetDirection.AtLeast, [new(2022, 0.50), new(2023, 0.60)], IndicatorSource.Catalog, "到2022年底占比达到50%以上，2023年底达到60%以上并逐年提高"),
        new(CardRate, "红黄牌发生率", "/10万件", "期间内亮出的黄牌和红牌数（不含预警）", "期间内受理的办件数",
            TargetDirection.AtMost, [new(2022, 1 / 100_000.0), new(2023, 1 / 200_000.0), new(2024, 1 / 300_000.0)], IndicatorSource.Cases,
            "2022年、2023年、2024年“红黄牌”发生率分别降至十万分之一、二十万分之一、三十万分之一"),
        new(RatingCoverage, "好差评覆盖率", "%", "期间内作出决定且已评价的办件数", "期间内作出决定的办件数",
            TargetDirection.AtLeast, [], IndicatorSource.Cases, "不断提高政务服务“好差评”事项、对象、层级覆盖率"),
        new(RatingSatisfaction, "好差评满意率", "%", "期间内非常满意、满意、基本满意的评价数", "期间内评价总数",
            TargetDirection.AtLeast, [], IndicatorSource.Cases, "有效降低“好差评”差评发生率"),
        new(CoverageDepartments, "行政效能监管覆盖率（市本级及区县直部门）", "%", "有在用事项纳入平台监察的市直、驻张和区县部门数", "市直、驻张和区县部门数",
            TargetDirection.AtLeast, [new(2022, 1.0)], IndicatorSource.Catalog, "2022年底前，市本级及区县直部门行政效能监管覆盖率达到100%"),
        new(CoverageTownships, "行政效能监管覆盖率（乡镇街道）", "%", "设有平台服务大厅或有在用事项的乡镇（街道）数", "乡镇（街道）数",
            TargetDirection.AtLeast, [new(2022, 0.80), new(2023, 1.0)], IndicatorSource.Catalog, "乡镇（街道）2022年底80%以上，2023年底100%"),
        new(CoverageVillages, "行政效能监管覆盖率（村社区）", "%", "设有平台服务站点或有在用事项的村（社区）数", "村（社区）数",
            TargetDirection.AtLeast, [new(2022, 0.60), new(2023, 0.80), new(2024, 1.0)], IndicatorSource.Catalog, "村（社区）2022年底60%以上，2023年底80%以上，2024年底100%"),
        new(BundleOnTime, "“一件事”按期办结率", "%", "期间内到期的“一件事”中，在办结期限（承诺时限，含批准的延期）内统一出件的件数",
            "办结期限在期间内、且已办结或期限已过的“一件事”件数（尚未到期的不计）", TargetDirection.AtLeast, [], IndicatorSource.Cases,
            "深耕细作“一件事一次办”改革……切实提升集成服务能力；统一办理、联合办理、集中办理的，办理时间不得超过四十五日（行政许可法第二十六条、第四十二条）"),
        new(PoliciesPublished, "惠企政策发布数", "项", "期间内首次发布的惠企政策数（本范围部门发布或兑现的）", "1（计数）", TargetDirection.AtLeast, [], IndicatorSource.Cases,
            "各部门惠企政策清单集中公布"),
        new(FirmsReached, "政策找人覆盖率", "%", "期间内经数据比对符合至少一个条款（本范围部门兑现）的企业数", "法人库中存续、在业的企业数", TargetDirection.AtLeast, [], IndicatorSource.Cases,
            "推动惠企政策“直给直兑”，变“企业找政策”为“政策找企业”"),
        new(PolicyAmountPaid, "惠企政策兑现金额", "万元", "期间内登记拨付的惠企政策资金（万元）", "1（合计）", TargetDirection.AtLeast, [], IndicatorSource.Cases,
            "惠企政策兑现结果公开"),
        new(NoApplicationShare, "免申即享兑现占比", "%", "期间内免申即享方式拨付的笔数", "期间内免申即享拨付的笔数＋期间内准予的申报兑现（快申快享、秒批）办件数", TargetDirection.AtLeast, [], IndicatorSource.Cases,
            "符合条件的企业免于申报、直接享受"),
        new(RedeemDays, "兑现用时占承诺时限比", "%", "期间内拨付的各笔自企业确认至拨付的工作日之和", "这些笔的承诺兑现时限之和", TargetDirection.AtMost, [new(2023, 1.0)], IndicatorSource.Cases,
            "兑现时限比各自规定时限压缩三分之一以上，承诺时限内兑现"),
        new(InstantShare, "秒批占比", "%", "期间内由系统按秒批规则自动作出的决定数（事项秒批和惠企政策秒批）", "期间内作出的决定数", TargetDirection.AtLeast, [], IndicatorSource.Cases,
            "推行“秒批”“智能自动审批”，高频事项由系统自动比对、即时办结"),
        new(HotlineResponse, "12345 响应率", "%", "期间内派单、签收期限已过或已签收的工单中，在签收期限内签收的件数", "期间内派单、签收期限已过或已签收的工单数（本范围部门主办）",
            TargetDirection.AtLeast, [], IndicatorSource.Cases, "12345热线“接诉即办”，考评以响应率、解决率、满意率为核心内容（北京市接诉即办工作条例第三十二条）"),
        new(HotlineResolution, "12345 解决率", "%", "期间内回访的工单中，诉求人认为已解决的件数", "期间内回访的工单数（本范围部门主办）", TargetDirection.AtLeast, [], IndicatorSource.Cases,
            "诉求“办得更实”，回访评价结果纳入考核"),
        new(HotlineSatisfaction, "12345 满意率", "%", "期间内回访的工单中，评价为满意或基本满意的件数", "期间内回访的工单数（本范围部门主办）", TargetDirection.AtLeast, [], IndicatorSource.Cases,
            "热线满意度测评，作为“好差评”渠道之一"),
        new(CityWideHighFrequency, "高频事项“市域通办”率", "%", "高频事项中可跨域通办的事项数", "高频事项数（期间内申请量居前20%的事项，至少1件）",
            TargetDirection.AtLeast, [new(2023, 1.0)], IndicatorSource.Cases, "到2023年底实现高频事项100%“市域通办”"),
        new(CrossAreaShare, "通办办件占比（市域通办、跨省通办）", "%", "期间内在事项所属地以外的大厅受理的办件数（市域通办）＋跨省通办代收代办件数",
            "期间内受理的办件数＋跨省通办代收代办件数", TargetDirection.AtLeast, [], IndicatorSource.Cases,
            "拓展深化“跨域通办”“跨省通办”，完善武陵山片区“跨省通办”工作机制"),
        new(MaterialsDrawn, "材料免提交率（电子证照和共享材料调用）", "%", "期间内提交的办件中，由平台从电子证照库、已核验材料和已办结办件结果调用的必要材料数",
            "期间内提交的办件的必要材料数（各办件申请时事项版本的必要材料之和）", TargetDirection.AtLeast, [], IndicatorSource.Cases,
            "推进电子证照应用……到2024年底电子证照材料原则上一律从基础数据库中调用，“免证办”全面推行"),
        new(LibraryGrowth, "基础库数据年增长率（五大库）", "%", "期末五大库记录数 − 期末前一年同日的记录数（人口库、法人库、信用库、地理空间库、电子证照库）",
            "期末前一年同日的五大库记录数", TargetDirection.AtLeast, [new(2022, 0.50)], IndicatorSource.Libraries,
            "定时更新人口库、法人库、信用库、地理空间库、电子证照库数据，五大库数据需及时汇聚到数据共享平台，互联互通，力争每年数据增长达到50%以上"),
    ];

    public static IndicatorDefinition? Find(string key) => All.FirstOrDefault(d => d.Key == key);
}
