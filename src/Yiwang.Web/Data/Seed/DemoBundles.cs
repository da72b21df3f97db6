using Yiwang.Web.Features.Bundles;
using Yiwang.Web.Features.Bundles.Planning;
using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.Catalog.Guidance;

namespace Yiwang.Web.Data.Seed;

/// <summary>
/// The demo's 一件事: six bundles over the three life cycles, built from the catalog's real items.
/// Materials are merged from the items (<see cref="BundleMaterials.Merge"/>) plus what the bundle's
/// own questions add. Conditions and limits are demo values.
/// </summary>
internal static class DemoBundles
{
    private static Question YesNo(string key, string text) => new() { Key = key, Text = text, Kind = QuestionKind.YesNo };
    private static Question Choice(string key, string text, params string[] options) => new() { Key = key, Text = text, Kind = QuestionKind.Choice, Options = [.. options] };
    private static Question Number(string key, string text, string? help = null) => new() { Key = key, Text = text, Kind = QuestionKind.Number, Help = help };
    private static readonly Question Agent = YesNo("agent", "是否委托他人代为办理？");

    private static BundleField Field(string key, string label, FormFieldType type, string[] mapsTo, string? when = null, FormPrefill prefill = FormPrefill.None,
        bool required = true, params string[] options) =>
        new() { Key = key, Label = label, Type = type, MapsTo = [.. mapsTo], When = when, Prefill = prefill, Required = required, Options = [.. options] };

    /// <summary>Code and definition of each demo bundle; <paramref name="item"/> finds a city item's code by name.</summary>
    public static IEnumerable<(string Code, BundleDefinition Definition)> All(Func<string, string> item)
    {
        BundlePart Part(string key, string itemName, string? when = null, params string[] after) =>
            new() { Key = key, ItemCode = item(itemName), When = when, After = [.. after] };

        yield return ("restaurant-opening", new BundleDefinition
        {
            Name = "开办餐饮店一件事", LifeCycle = LifeCycle.Enterprise, Stage = "开办", Themes = ["开办餐饮店", "开办企业"], Audience = Audience.LegalPerson,
            Summary = "开一家餐馆、小吃店、奶茶店：营业执照、食品经营许可、消防安全检查、户外招牌、水电气报装一次申请、一次办好。",
            Questions =
            [
                YesNo("licensed", "是否已取得营业执照？"),
                Choice("entity", "拟设立的经营主体类型", "个体工商户", "企业"),
                Number("area", "经营场所建筑面积（平方米）", "300平方米以上的餐饮场所属于公众聚集场所，营业前须经消防安全检查"),
                YesNo("signboard", "是否设置户外招牌或广告牌？"),
                YesNo("gas", "是否需要开通管道燃气？"),
                YesNo("power", "是否需要新装或增容用电？"),
                YesNo("online", "是否通过网络（外卖平台）销售食品？"),
                Number("staff", "从业人员人数"),
                Agent,
            ],
            Parts =
            [
                Part("sole", "个体工商户设立登记", "not licensed and entity = 个体工商户"),
                Part("company", "企业设立登记", "not licensed and entity = 企业"),
                Part("food", "食品经营许可", null, "sole", "company"),
                Part("fire", "公众聚集场所投入使用、营业前消防安全检查", "area >= 300", "sole", "company"),
                Part("sign", "设置大型户外广告及在城市建筑物、设施上悬挂、张贴宣传品审批", "signboard", "sole", "company"),
                Part("power", "低压非居民用电报装", "power", "sole", "company"),
                Part("gas", "燃气开户报装", "gas"),
                Part("insure", "企业职工参保登记", "entity = 企业 and staff > 0", "sole", "company"),
            ],
            Fields =
            [
                Field("shop_name", "店铺（经营者）名称", FormFieldType.Text, ["sole.name", "company.name", "food.operator_name"]),
                Field("address", "经营场所", FormFieldType.Address, ["sole.address", "company.address", "food.address"]),
                Field("operator_id", "经营者（法定代表人）身份证号码", FormFieldType.IdNumber, ["sole.operator_id", "company.representative_id"], prefill: FormPrefill.IdNumber),
                Field("phone", "联系电话", FormFieldType.Text, ["sole.phone", "company.phone"], prefill: FormPrefill.Phone),
                Field("scope", "经营范围", FormFieldType.Text, ["sole.scope"], "not licensed and entity = 个体工商户"),
                Field("company_form", "企业类型", FormFieldType.Choice, ["company.form"], "not licensed and entity = 企业", options: ["有限责任公司", "股份有限公司", "个人独资企业", "合伙企业"]),
                Field("capital", "注册资本（万元）", FormFieldType.Number, ["company.capital"], "not licensed and entity = 企业"),
                Field("category", "主体业态", FormFieldType.Choice, ["food.category"], options: ["餐饮服务经营者", "单位食堂", "食品销售经营者"]),
                Field("food_items", "食品经营项目", FormFieldType.Text, ["food.items"]),
            ],
            Materials =
            [
                new() { Key = "x1", Name = "从业人员健康证明", Forms = [MaterialForm.Copy], When = "staff > 0", Parts = ["food"], Source = MaterialSource.Applicant },
                new() { Key = "x2", Name = "网络食品经营（外卖平台）食品安全承诺书", Forms = [MaterialForm.Original], When = "online and staff >= 1", Parts = ["food"], Source = MaterialSource.InformedCommitment },
            ],
        });

        yield return ("enterprise-opening", new BundleDefinition
        {
            Name = "企业开办一件事", LifeCycle = LifeCycle.Enterprise, Stage = "开办", Themes = ["开办企业"], Audience = Audience.LegalPerson, ParkEdition = true,
            Summary = "设立登记、公章刻制、发票申领、员工参保、用电报装一表申请，一个窗口领取全部结果。",
            Questions = [YesNo("seal", "是否需要刻制公章？"), YesNo("invoice", "是否需要申领发票？"), Number("staff", "员工人数"), YesNo("power", "是否需要新装用电？"), Agent],
            Parts =
            [
                Part("company", "企业设立登记"),
                Part("seal", "公章刻制备案", "seal", "company"),
                Part("invoice", "发票领用", "invoice", "company"),
                Part("insure", "企业职工参保登记", "staff > 0", "company"),
                Part("power", "低压非居民用电报装", "power", "company"),
            ],
            Fields =
            [
                Field("name", "企业名称", FormFieldType.Text, ["company.name"]),
                Field("form", "企业类型", FormFieldType.Choice, ["company.form"], options: ["有限责任公司", "股份有限公司", "个人独资企业", "合伙企业"]),
                Field("capital", "注册资本（万元）", FormFieldType.Number, ["company.capital"]),
                Field("address", "住所", FormFieldType.Address, ["company.address"]),
                Field("representative_id", "法定代表人身份证号码", FormFieldType.IdNumber, ["company.representative_id"], prefill: FormPrefill.IdNumber),
                Field("phone", "联系电话", FormFieldType.Text, ["company.phone"], prefill: FormPrefill.Phone),
                Field("invoice_kind", "发票种类", FormFieldType.Choice, ["invoice.kind"], when: "invoice", options: ["数电普通发票", "数电专用发票"]),
                Field("invoice_count", "每月领用发票份数", FormFieldType.Number, ["invoice.count"], when: "invoice"),
            ],
        });

        yield return ("newborn", new BundleDefinition
        {
            Name = "新生儿出生一件事", LifeCycle = LifeCycle.Person, Stage = "出生", Themes = ["出生"], Audience = Audience.NaturalPerson, CrossRegion = true,
            Summary = "出生医学证明、户口登记、医保参保、社保卡申领、生育津贴一次办，全市任一大厅可办。",
            Questions = [YesNo("card", "是否为新生儿申领社会保障卡？"), YesNo("maternity", "母亲是否参加职工生育保险（申领生育津贴）？"), Agent],
            Parts =
            [
                Part("cert", "出生医学证明办理"),
                Part("hukou", "出生登记", null, "cert"),
                Part("medical", "城乡居民基本医疗保险参保登记", null, "hukou"),
                Part("card", "社会保障卡申领", "card", "hukou"),
                Part("allowance", "生育津贴支付", "maternity"),
            ],
            Fields =
            [
                Field("baby_name", "新生儿姓名", FormFieldType.Text, []),
                Field("birth_date", "出生日期", FormFieldType.Date, []),
                Field("guardian_id", "监护人身份证号码", FormFieldType.IdNumber, [], prefill: FormPrefill.IdNumber),
                Field("phone", "联系电话", FormFieldType.Text, [], prefill: FormPrefill.Phone),
            ],
        });

        yield return ("enterprise-closing", new BundleDefinition
        {
            Name = "企业注销一件事", LifeCycle = LifeCycle.Enterprise, Stage = "注销", Themes = ["企业注销"], Audience = Audience.LegalPerson,
            Summary = "清税、社保、公积金和注销登记一网通办，先清税后注销，结果统一送达。",
            Questions = [YesNo("staffed", "企业是否有参保职工？"), Agent],
            Parts = [Part("tax", "注销税务登记"), Part("register", "企业注销登记", null, "tax")],
            Fields =
            [
                Field("name", "企业名称", FormFieldType.Text, []),
                Field("credit_code", "统一社会信用代码", FormFieldType.CreditCode, [], prefill: FormPrefill.CreditCode),
                Field("reason", "注销原因", FormFieldType.Choice, [], options: ["决议解散", "营业期限届满", "被吊销营业执照", "其他"]),
            ],
            Materials = [new() { Key = "x1", Name = "职工社会保险费清缴证明", Forms = [MaterialForm.Electronic], When = "staffed", Parts = ["register"], Source = MaterialSource.SharedData }],
        });

        yield return ("project-start", new BundleDefinition
        {
            Name = "项目开工一件事", LifeCycle = LifeCycle.Project, Stage = "施工", Themes = ["工程建设", "项目施工"], Audience = Audience.LegalPerson, ParkEdition = true,
            Summary = "从项目备案到施工许可：用地规划、工程规划、环评、林地、建筑垃圾处置并联审批，一次申报。",
            Questions =
            [
                YesNo("approval", "项目是否属于须核准的企业投资项目？"), YesNo("eia", "是否须编制环境影响报告书（表）？"),
                YesNo("forest", "是否占用林地？"), YesNo("waste", "施工是否产生建筑垃圾需外运处置？"), Agent,
            ],
            Parts =
            [
                Part("filing", "企业投资项目备案", "not approval"),
                Part("approve", "企业投资项目核准", "approval"),
                Part("land", "建设用地规划许可证核发", null, "filing", "approve"),
                Part("eia", "建设项目环境影响评价文件审批", "eia", "filing", "approve"),
                Part("forest", "使用林地审核同意", "forest", "filing", "approve"),
                Part("plan", "建设工程规划许可证核发", null, "land"),
                Part("build", "建筑工程施工许可证核发", null, "plan"),
                Part("waste", "城市建筑垃圾处置核准", "waste", "build"),
            ],
            Fields =
            [
                Field("project", "项目名称", FormFieldType.Text, []),
                Field("site", "建设地点", FormFieldType.Address, []),
                Field("investment", "总投资（万元）", FormFieldType.Number, []),
                Field("credit_code", "建设单位统一社会信用代码", FormFieldType.CreditCode, [], prefill: FormPrefill.CreditCode),
            ],
        });

        yield return ("after-death", new BundleDefinition
        {
            Name = "身后一件事", LifeCycle = LifeCycle.Person, Stage = "身后", Themes = ["身后"], Audience = Audience.NaturalPerson, CrossRegion = true,
            Summary = "亲人离世后，户口注销、丧葬补助金和抚恤金、公积金提取、不动产继承登记一次申请，家属少跑腿。",
            Questions = [YesNo("pension", "逝者生前是否参加基本养老保险？"), YesNo("fund", "逝者是否有住房公积金余额？"), YesNo("estate", "是否有不动产需办理继承转移登记？"), Agent],
            Parts =
            [
                Part("hukou", "死亡人员户口注销"),
                Part("funeral", "丧葬补助金、抚恤金申领", "pension", "hukou"),
                Part("fund", "住房公积金提取", "fund", "hukou"),
                Part("estate", "不动产转移登记", "estate", "hukou"),
            ],
            Fields =
            [
                Field("deceased", "逝者姓名", FormFieldType.Text, []),
                Field("deceased_id", "逝者身份证号码", FormFieldType.IdNumber, []),
                Field("death_date", "死亡日期", FormFieldType.Date, []),
                Field("relation", "申请人与逝者关系", FormFieldType.Choice, [], options: ["配偶", "子女", "父母", "其他继承人"]),
            ],
        });
    }

    /// <summary>The definition with its material list merged from the items (bundle-specific materials kept after them).</summary>
    public static BundleDefinition WithMaterials(BundleDefinition d, IReadOnlyDictionary<string, PartItem> items)
    {
        var merged = BundleMaterials.Merge(d.Parts, items);
        foreach (var extra in d.Materials) { extra.Key = $"m{merged.Count + 1}"; merged.Add(extra); }
        d.Materials = merged;
        return d;
    }
}
