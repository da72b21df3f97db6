namespace Yiwang.Web.Data.Seed;

/// <summary>
/// What the demo knows of particular items beyond their names: result documents, everyday words,
/// themes, and the facts of the real guides in shared/reference/norms.md §5. Anything not here
/// is filled by <see cref="DemoCatalog"/> rules and is a demo value.
/// </summary>
internal sealed record DemoItemFacts(
    string? Result = null, string[]? Keywords = null, string[]? Themes = null,
    int? Promised = null, int? Legal = null, int? Depth = null, int? Visits = null,
    string? Fee = null, string? FeeBasis = null, string? Basis = null, string[]? Materials = null,
    (string Name, string Basis)? Intermediary = null, List<Features.Catalog.FormField>? Form = null, Features.Catalog.ExtensionRule? Extension = null,
    Features.Catalog.Instant.InstantRule? Instant = null)
{
    /// <summary>市场主体登记管理条例 第十九条: 3 working days, +3 with the registration authority head's approval (norms.md §5).</summary>
    /// <summary>食品经营许可和备案管理办法: 10 working days, +5 with the head of the market regulator's approval.</summary>
    private static readonly Features.Catalog.ExtensionRule FoodBusiness = new(5, "《食品经营许可和备案管理办法》：因特殊原因需要延长许可期限的，经市场监督管理部门负责人批准，可以延长5个工作日");
    private static readonly Features.Catalog.ExtensionRule MarketEntity = new(3, "《市场主体登记管理条例》第十九条：情形复杂的，经登记机关负责人批准，可以再延长3个工作日");

    private static Features.Catalog.FormField F(string key, string label, Features.Catalog.FormFieldType type, bool required = true,
        Features.Catalog.FormPrefill prefill = Features.Catalog.FormPrefill.None, params string[] options) =>
        new() { Key = key, Label = label, Type = type, Required = required, Prefill = prefill, Options = [.. options] };

    public static readonly IReadOnlyDictionary<string, DemoItemFacts> ByName = new Dictionary<string, DemoItemFacts>
    {
        ["个体工商户设立登记"] = new("营业执照", ["个体户", "开店", "营业执照", "个体执照"], ["开办企业"], Promised: 0, Legal: 3, Depth: 4, Visits: 0,
            Basis: "《促进个体工商户发展条例》；《市场主体登记管理条例》第十九条", Materials: ["经营场所使用证明"],
            Form:
            [
                F("name", "个体工商户名称", Features.Catalog.FormFieldType.Text, required: false),
                F("operator_id", "经营者身份证号码", Features.Catalog.FormFieldType.IdNumber, required: false, prefill: Features.Catalog.FormPrefill.IdNumber),
                F("address", "经营场所", Features.Catalog.FormFieldType.Address, required: false),
                F("scope", "经营范围", Features.Catalog.FormFieldType.Text, required: false),
                F("phone", "联系电话", Features.Catalog.FormFieldType.Text, required: false, prefill: Features.Catalog.FormPrefill.Phone),
            ], Extension: MarketEntity),
        ["企业设立登记"] = new("营业执照", ["开公司", "注册公司", "营业执照", "公司注册"], ["开办企业"], Promised: 1, Legal: 3, Depth: 4, Visits: 0,
            Basis: "《中华人民共和国公司法》；《市场主体登记管理条例》", Materials: ["公司章程", "股东主体资格证明", "住所使用证明"],
            Form:
            [
                F("name", "企业名称", Features.Catalog.FormFieldType.Text),
                F("form", "企业类型", Features.Catalog.FormFieldType.Choice, options: ["有限责任公司", "股份有限公司", "个人独资企业", "合伙企业"]),
                F("capital", "注册资本（万元）", Features.Catalog.FormFieldType.Number),
                F("address", "住所", Features.Catalog.FormFieldType.Address),
                F("representative_id", "法定代表人身份证号码", Features.Catalog.FormFieldType.IdNumber, prefill: Features.Catalog.FormPrefill.IdNumber),
                F("phone", "联系电话", Features.Catalog.FormFieldType.Text, prefill: Features.Catalog.FormPrefill.Phone),
                F("opening", "拟开业日期", Features.Catalog.FormFieldType.Date, required: false),
            ], Extension: MarketEntity),
        ["企业变更登记"] = new("营业执照（变更）", ["公司变更", "换执照"], ["企业变更"], Promised: 1, Legal: 3, Depth: 4, Visits: 0, Extension: MarketEntity),
        ["企业注销登记"] = new("准予注销登记通知书", ["注销公司", "公司注销"], ["企业注销"], Promised: 1, Legal: 3, Depth: 4, Visits: 0, Materials: ["清税证明", "清算报告"], Extension: MarketEntity),
        ["食品经营许可"] = new("食品经营许可证", ["开餐馆", "餐饮", "食品许可证"], ["开办餐饮店"], Promised: 6, Legal: 10, Depth: 4, Visits: 0,
            Basis: "《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》",
            Materials: ["食品经营许可申请书", "经营场所使用证明", "与食品经营相适应的主要设备设施布局、操作流程等文件", "食品安全管理制度文本"],
            Form:
            [
                F("operator_name", "经营者名称", Features.Catalog.FormFieldType.Text, required: false, prefill: Features.Catalog.FormPrefill.OrganisationName),
                F("legal_representative", "法定代表人（负责人）", Features.Catalog.FormFieldType.Text, required: false, prefill: Features.Catalog.FormPrefill.LegalRepresentative),
                F("address", "经营场所", Features.Catalog.FormFieldType.Address, required: false, prefill: Features.Catalog.FormPrefill.OrganisationAddress),
                F("category", "主体业态", Features.Catalog.FormFieldType.Choice, required: false, options: ["餐饮服务经营者", "单位食堂", "食品销售经营者"]),
                F("items", "经营项目", Features.Catalog.FormFieldType.Text, required: false),
            ], Extension: FoodBusiness),
        ["食品生产许可"] = new("食品生产许可证", ["食品厂"], ["开办餐饮店"], Promised: 10, Legal: 20),
        ["药品零售企业经营许可"] = new("药品经营许可证", ["开药店", "药店"], null, Promised: 10, Legal: 30),
        ["特种设备使用登记"] = new("特种设备使用登记证", ["电梯登记", "锅炉登记"], null, Promised: 5, Legal: 15, Intermediary: ("特种设备定期检验", "《中华人民共和国特种设备安全法》第四十条")),
        ["居民身份证申领、换领、补领"] = new("居民身份证", ["身份证", "办身份证", "补办身份证", "换身份证"], ["户籍证件"], Promised: 20, Legal: 60, Depth: 3, Visits: 1,
            Fee: "有效期满换领20元；损坏换领、丢失补领40元", FeeBasis: "《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）",
            Basis: "《中华人民共和国居民身份证法》第十条、第十一条、第十二条", Materials: ["居民户口簿", "居民身份证申领登记表"]),
        ["户口迁移"] = new("户口迁移证明", ["迁户口", "落户", "户口"], ["户籍证件"], Promised: 5, Legal: 20, Depth: 3, Visits: 1,
            Form:
            [
                F("name", "申请人姓名", Features.Catalog.FormFieldType.Text, prefill: Features.Catalog.FormPrefill.Name),
                F("id_number", "身份证号码", Features.Catalog.FormFieldType.IdNumber, prefill: Features.Catalog.FormPrefill.IdNumber),
                F("from", "迁出地址", Features.Catalog.FormFieldType.Address),
                F("to", "迁入地址", Features.Catalog.FormFieldType.Address),
                F("reason", "迁移原因", Features.Catalog.FormFieldType.Choice, options: ["投靠亲属", "购房落户", "工作调动", "升学", "其他"]),
            ]),
        ["出生登记"] = new("居民户口簿（登记页）", ["上户口", "新生儿落户"], ["出生"], Promised: 0, Legal: 0, Depth: 4, Visits: 0, Materials: ["出生医学证明", "父母居民户口簿"]),
        ["普通护照签发"] = new("普通护照", ["护照", "出国", "办护照"], ["出行"], Promised: 7, Legal: 15, Depth: 2, Visits: 1,
            Fee: "120元/本", FeeBasis: "《国家发展改革委 财政部关于降低部分行政事业性收费标准的通知》（发改价格〔2017〕1186号）", Basis: "《中华人民共和国护照法》第五条、第六条"),
        ["机动车驾驶证换证"] = new("机动车驾驶证", ["驾照", "驾驶证", "换驾照"], ["出行"], Promised: 0, Legal: 0, Depth: 4, Visits: 0,
            Fee: "工本费10元", FeeBasis: "《国家发展改革委 财政部关于公安部门收费标准的通知》（发改价格〔2004〕2831号）"),
        ["失业保险金申领"] = new("失业保险金", ["失业金", "领失业金"], ["就业"], Promised: 3, Legal: 10),
        ["就业创业证申领"] = new("就业创业证", ["就业证", "失业证"], ["就业"],
            Form:
            [
                F("status", "就业状态", Features.Catalog.FormFieldType.Choice, options: ["失业", "灵活就业", "创业", "单位就业"]),
                F("employer", "工作单位（单位就业的填写）", Features.Catalog.FormFieldType.Text, required: false),
            ],
            Instant: new() { Rule = "age >= 16 and age < 60 and credit_ok and status in {失业, 灵活就业, 创业}", Description = "年满16周岁不满60周岁、无严重失信记录的失业、灵活就业或创业人员，网上申请即时发证（单位就业的由经办机构核实后发放）" }),
        ["社会保障卡申领"] = new("社会保障卡", ["社保卡", "办社保卡"], ["社会保障"]),
        ["职工基本养老保险待遇核定"] = new("养老保险待遇核定表", ["退休", "养老金", "退休金"], ["退休"], Promised: 10, Legal: 20),
        ["企业职工参保登记"] = new("社会保险登记证明", ["社保开户", "单位参保"], ["开办企业"]),
        ["异地就医备案"] = new("备案回执", ["异地就医", "外地看病"], ["社会保障"]),
        ["城乡居民基本医疗保险参保登记"] = new("参保登记回执", ["医保", "参保", "新农合"], ["出生", "社会保障"]),
        ["生育津贴支付"] = new("生育津贴", ["生育津贴", "产假工资"], ["出生", "生育"], Promised: 10, Legal: 20),
        ["建筑工程施工许可证核发"] = new("建筑工程施工许可证", ["施工许可", "开工"], ["工程建设", "项目施工"], Promised: 3, Legal: 7, Intermediary: ("施工图设计文件审查", "《建设工程质量管理条例》第十一条")),
        ["商品房预售许可"] = new("商品房预售许可证", ["预售证"], ["工程建设", "项目竣工"], Promised: 5, Legal: 10),
        ["建设工程竣工验收备案"] = new("竣工验收备案证明", ["竣工备案"], ["工程建设", "项目竣工"], Promised: 0, Legal: 15),
        ["建设用地规划许可证核发"] = new("建设用地规划许可证", ["用地许可"], ["工程建设", "项目用地"], Promised: 5, Legal: 20),
        ["建设工程规划许可证核发"] = new("建设工程规划许可证", ["规划许可"], ["工程建设", "项目规划"], Promised: 5, Legal: 20),
        ["乡村建设规划许可证核发"] = new("乡村建设规划许可证", ["农村建房", "建房许可"], ["住房"], Promised: 5, Legal: 20),
        ["不动产首次登记"] = new("不动产权证书", ["房产证", "产权证"], ["住房"], Promised: 5, Legal: 30),
        ["不动产转移登记"] = new("不动产权证书", ["过户", "房产证", "买房", "二手房"], ["住房"], Promised: 1, Legal: 30),
        ["内地居民结婚登记"] = new("结婚证", ["结婚证", "领证", "结婚"], ["婚姻"], Promised: 0, Legal: 0, Depth: 2, Visits: 1,
            Basis: "《中华人民共和国民法典》第一千零四十九条；《婚姻登记条例》第四条、第五条", Materials: ["本人的户口簿、身份证", "本人无配偶以及与对方当事人没有直系血亲和三代以内旁系血亲关系的签字声明"]),
        ["内地居民离婚登记"] = new("离婚证", ["离婚"], ["婚姻"], Promised: 0, Legal: 0, Depth: 2, Visits: 2),
        ["最低生活保障审核确认"] = new("低保金", ["低保", "救助"], ["社会救助"], Promised: 20, Legal: 30, Depth: 3, Visits: 1),
        ["社会团体成立登记"] = new("社会团体法人登记证书", ["成立协会", "社团"], null, Promised: 30, Legal: 60),
        ["出生医学证明办理"] = new("出生医学证明", ["出生证", "出生证明"], ["出生"], Promised: 0, Legal: 0),
        ["医疗机构执业登记"] = new("医疗机构执业许可证", ["开诊所", "诊所"], null, Promised: 15, Legal: 45),
        ["公共场所卫生许可"] = new("公共场所卫生许可证", ["卫生许可证"], ["开办餐饮店"], Promised: 5, Legal: 20),
        ["教师资格认定"] = new("教师资格证书", ["教资", "教师资格证"], ["就业"], Promised: 20, Legal: 30, Depth: 3, Visits: 1),
        ["民办学校办学许可"] = new("民办学校办学许可证", ["办学校", "培训机构"], null, Promised: 30, Legal: 60),
        ["发票领用"] = new("发票", ["领发票", "发票"], ["开办企业"], Promised: 0, Legal: 0,
            Form:
            [
                F("kind", "发票种类", Features.Catalog.FormFieldType.Choice, options: ["数电普通发票", "数电专用发票"]),
                F("count", "每月领用份数", Features.Catalog.FormFieldType.Number),
            ],
            Instant: new() { Rule = "is_firm and credit_ok and kind = 数电普通发票 and count <= 100", Description = "无严重失信记录的单位申领数电普通发票（每月100份以内），系统即时核准" }),
        ["住房公积金提取"] = new("公积金提取到账", ["公积金", "提取公积金", "取公积金"], ["住房", "身后"], Promised: 0, Legal: 3),
        ["住房公积金个人住房贷款"] = new("公积金贷款合同", ["公积金贷款", "房贷"], ["住房"], Promised: 10, Legal: 15),
        ["道路货物运输经营许可"] = new("道路运输经营许可证", ["货运资质"], ["交通运输"], Promised: 5, Legal: 20),
        ["道路旅客运输经营许可"] = new("道路运输经营许可证", ["客运资质"], ["交通运输"], Promised: 10, Legal: 20),
        ["旅行社设立许可"] = new("旅行社业务经营许可证", ["开旅行社", "旅行社"], ["文化旅游"], Promised: 5, Legal: 20),
        ["娱乐场所经营许可"] = new("娱乐经营许可证", ["开KTV", "歌厅"], ["文化旅游"], Promised: 5, Legal: 20),
        ["营业性演出许可"] = new("营业性演出准予许可决定书", ["演出审批", "办演唱会"], ["文化旅游"], Promised: 2, Legal: 3),
        ["建设项目环境影响评价文件审批"] = new("环评批复", ["环评", "环评审批"], ["工程建设", "项目规划"], Promised: 20, Legal: 60, Intermediary: ("环境影响报告书（表）编制", "《中华人民共和国环境影响评价法》第十九条")),
        ["排污许可"] = new("排污许可证", ["排污证"], null, Promised: 10, Legal: 20),
        ["取水许可"] = new("取水许可证", ["取水证", "打井"], null, Promised: 15, Legal: 45, Intermediary: ("建设项目水资源论证报告书编制", "《取水许可和水资源费征收管理条例》第十一条")),
        ["林木采伐许可证核发"] = new("林木采伐许可证", ["砍树", "采伐证"], null, Promised: 3, Legal: 20),
        ["使用林地审核同意"] = new("使用林地审核同意书", ["占用林地"], ["工程建设", "项目用地"], Promised: 10, Legal: 20),
        ["危险化学品经营许可"] = new("危险化学品经营许可证", ["危化品"], null, Promised: 15, Legal: 30),
        ["烟花爆竹经营（零售）许可"] = new("烟花爆竹经营（零售）许可证", ["卖烟花", "鞭炮"], null, Promised: 5, Legal: 20),
        ["公众聚集场所投入使用、营业前消防安全检查"] = new("公众聚集场所投入使用、营业前消防安全检查合格证", ["消防检查", "消防验收"], ["开办餐饮店"], Promised: 5, Legal: 10,
            Intermediary: ("消防设施检测", "《社会消防技术服务管理规定》")),
        ["残疾人证核发"] = new("中华人民共和国残疾人证", ["残疾证"], ["社会救助"], Promised: 10, Legal: 20, Depth: 3, Visits: 1),
        ["低压居民用电报装"] = new("供电合同", ["用电", "装电表", "通电"], ["水电气报装"], Promised: 3, Legal: 5),
        ["低压非居民用电报装"] = new("供电合同", ["商业用电", "装电表"], ["水电气报装", "开办企业"], Promised: 5, Legal: 10),
        ["燃气开户报装"] = new("燃气供用气合同", ["燃气", "天然气", "开通燃气"], ["水电气报装"], Promised: 3, Legal: 5),
        ["城市建筑垃圾处置核准"] = new("建筑垃圾处置核准证", ["渣土", "建筑垃圾"], ["工程建设", "项目施工"], Promised: 3, Legal: 20),
        ["设置大型户外广告及在城市建筑物、设施上悬挂、张贴宣传品审批"] = new("户外广告设置许可决定书", ["广告牌", "户外广告", "招牌"], null, Promised: 3, Legal: 20),
        ["企业投资项目核准"] = new("项目核准文件", ["项目核准"], ["投资项目"], Promised: 10, Legal: 20, Intermediary: ("项目申请报告编制", "《企业投资项目核准和备案管理条例》第六条")),
        ["企业投资项目备案"] = new("项目备案证明", ["项目备案"], ["投资项目"], Promised: 0, Legal: 0),
        ["对外贸易经营者备案登记"] = new("对外贸易经营者备案登记表", ["外贸备案", "进出口权"], ["开办企业"], Promised: 0, Legal: 5),
        ["农药经营许可"] = new("农药经营许可证", ["卖农药"], ["农业"], Promised: 10, Legal: 20),
        ["兽药经营许可证核发"] = new("兽药经营许可证", ["卖兽药"], ["农业"], Promised: 10, Legal: 20),
        ["动物防疫条件合格证核发"] = new("动物防疫条件合格证", ["养殖场", "防疫合格证"], ["农业"], Promised: 10, Legal: 20),
        ["退役士兵自主就业一次性经济补助金给付"] = new("一次性经济补助金", ["退伍补助", "退役补助"], ["就业"], Promised: 10, Legal: 20),
        ["公章刻制备案"] = new("印章刻制备案回执", ["刻章", "公章", "刻公章"], ["开办企业"], Promised: 0, Legal: 1, Materials: ["印章印模"]),
        ["注销税务登记"] = new("清税证明", ["清税", "税务注销"], ["企业注销"], Promised: 0, Legal: 20, Materials: ["注销税务登记申请书"]),
        ["死亡人员户口注销"] = new("户口注销证明", ["销户", "死亡销户", "注销户口"], ["身后"], Promised: 0, Legal: 0,
            Basis: "《中华人民共和国户口登记条例》第八条", Materials: ["居民死亡医学证明（推断）书", "死者居民户口簿"]),
        ["丧葬补助金、抚恤金申领"] = new("丧葬补助金、抚恤金", ["丧葬费", "抚恤金", "死亡待遇"], ["身后"], Promised: 5, Legal: 20,
            Basis: "《中华人民共和国社会保险法》第十七条", Materials: ["户口注销证明", "申领人与死者关系证明"]),
        ["适龄儿童入学登记"] = new("入学通知书", ["上小学", "入学", "报名"], ["入学"], Promised: 10, Legal: 20, Materials: ["儿童居民户口簿", "房屋产权或居住证明"]),
        ["法律援助申请"] = new("给予法律援助决定书", ["法律援助", "找律师", "打官司"], ["社会救助"], Promised: 5, Legal: 7),
        ["机动车注册登记"] = new("机动车登记证书、号牌、行驶证", ["新车上牌", "上牌", "车辆登记"], ["交通出行"], Promised: 0, Legal: 2, Depth: 3, Visits: 1,
            Basis: "《中华人民共和国道路交通安全法》第八条、第九条；《机动车登记规定》", Materials: ["机动车整车出厂合格证明或进口凭证", "机动车销售统一发票", "机动车交通事故责任强制保险凭证", "车辆购置税完税证明或免税凭证"]),
        ["房屋租赁登记备案"] = new("房屋租赁登记备案证明", ["租房备案", "租赁备案", "出租房屋"], ["住房"], Promised: 3, Legal: 3,
            Basis: "《商品房屋租赁管理办法》第十四条", Materials: ["房屋租赁合同", "房屋所有权证书或其他合法权属证明"]),
        ["从业人员健康证明办理"] = new("健康证明", ["健康证", "健康体检", "食品从业人员体检"], ["开办餐饮店"], Promised: 5, Legal: 10, Depth: 2, Visits: 1,
            Basis: "《中华人民共和国食品安全法》第四十五条；《公共场所卫生管理条例》第七条", Materials: ["健康体检表"]),
        ["烟草专卖零售许可证核发"] = new("烟草专卖零售许可证", ["卖烟", "烟草证", "烟酒店"], null, Promised: 10, Legal: 20,
            Basis: "《中华人民共和国烟草专卖法》第十六条；《中华人民共和国烟草专卖法实施条例》", Materials: ["烟草专卖零售许可证申请表", "经营场所使用证明"]),
    };
}
