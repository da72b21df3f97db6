using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.Organization;

namespace Yiwang.Web.Data.Seed;

/// <summary>
/// Builds a complete guide for every reference item. Names, departments, types and audiences come
/// from the reference; elements come from <see cref="DemoItemFacts"/> or, where it is silent, from
/// the usual values for the item type. Every seeded version is authored by <see cref="Author"/>, and
/// the guide page says that its elements are demo values.
/// </summary>
internal static class DemoCatalog
{
    public const string Author = "演示数据";
    public const string OfficeHours = "法定工作日 夏季（5月1日—9月30日）8:30—12:00，15:00—18:00；冬季 8:30—12:00，14:30—17:30";

    /// <summary>City items from the reference plus the same items at county and township level.</summary>
    /// <summary>Items that move money or property: applying needs L3 实人认证.</summary>
    private static readonly HashSet<string> RealPersonItems = ["不动产转移登记", "住房公积金提取", "职工基本养老保险待遇核定", "企业注销登记"];

    public static IEnumerable<(string Code, string Department, ServiceGuide Guide)> Items(ReferenceCatalog reference, IReadOnlyList<Department> departments, IReadOnlyList<Hall> halls)
    {
        var seq = 0;
        foreach (var r in reference.Items)
            yield return Build(r, r.Department, ++seq, departments, halls);
        (string Item, string Department)[] local =
        [
            ("个体工商户设立登记", "永定区市场监督管理局"), ("食品经营许可", "永定区市场监督管理局"),
            ("个体工商户设立登记", "慈利县市场监督管理局"), ("就业创业证申领", "永定区人力资源和社会保障局"),
            ("失业保险金申领", "永定区人力资源和社会保障局"), ("城乡居民基本医疗保险参保登记", "南庄坪街道便民服务中心"),
        ];
        foreach (var (name, dept) in local)
            yield return Build(reference.Items.Single(i => i.Name == name), dept, ++seq, departments, halls);
        // Items of the national catalog the demo bundles need beyond the reference sample.
        foreach (var extra in Extra)
            yield return Build(extra, extra.Department, ++seq, departments, halls);
    }

    public static readonly ReferenceItem[] Extra =
    [
        new("公章刻制备案", "市公安局", "其他行政权力", "法人"),
        new("注销税务登记", "市税务局", "其他行政权力", "法人"),
        new("死亡人员户口注销", "市公安局", "行政确认", "个人"),
        new("丧葬补助金、抚恤金申领", "市人力资源社会保障局", "行政给付", "个人"),
        new("适龄儿童入学登记", "市教育局", "公共服务", "个人"),
        // Items everyday searches look for (买车, 租房, 办健康证, 卖烟).
        new("机动车注册登记", "市公安局交通警察支队", "其他行政权力", "个人"),
        new("房屋租赁登记备案", "市住房城乡建设局", "其他行政权力", "个人"),
        new("从业人员健康证明办理", "市卫生健康委", "公共服务", "个人"),
        new("烟草专卖零售许可证核发", "市烟草专卖局", "行政许可", "个人"),
    ];

    private static (string, string, ServiceGuide) Build(ReferenceItem r, string departmentName, int seq, IReadOnlyList<Department> departments, IReadOnlyList<Hall> halls)
    {
        var dept = departments.Single(d => d.Name == departmentName);
        CatalogNames.TryParse(CatalogNames.ItemTypes, r.Type, out ItemType type);
        var audience = r.Audience == "法人" ? Audience.LegalPerson : Audience.NaturalPerson;
        var f = DemoItemFacts.ByName.GetValueOrDefault(r.Name) ?? new DemoItemFacts();
        var (promisedDefault, legalDefault) = type switch
        {
            ItemType.AdministrativeLicensing => (5, 20),
            ItemType.AdministrativePayment => (10, 20),
            ItemType.AdministrativeConfirmation => (5, 20),
            ItemType.OtherAdministrativePower => (0, 10),
            _ => (0, 0),
        };
        var promised = f.Promised ?? promisedDefault;
        var legal = f.Legal ?? legalDefault;
        var depth = f.Depth ?? 4;
        var visits = f.Visits ?? (depth == 4 ? 0 : 1);
        var county = dept.DivisionCode != DemoOrganization.CityCode;
        var hall = halls.FirstOrDefault(h => h.DivisionCode == dept.DivisionCode) ?? halls[0];
        var guide = new ServiceGuide
        {
            Name = r.Name,
            Type = type,
            Audiences = [audience],
            Themes = [.. f.Themes ?? [], audience == Audience.LegalPerson ? "法人服务" : "个人服务"],
            ImplementingBody = dept.Name,
            ExerciseLevels = county
                ? dept.DivisionCode.EndsWith("000000", StringComparison.Ordinal) ? [ExerciseLevel.County] : [ExerciseLevel.Township]
                : [ExerciseLevel.City, ExerciseLevel.County],
            LegalBasis = f.Basis ?? $"《{CatalogNames.ItemTypes[type]}相关法律法规》中关于“{r.Name}”的规定",
            AcceptanceConditions = Conditions(type, audience),
            Materials = Materials(r.Name, audience, f.Materials),
            Steps = Steps(promised),
            LegalLimitDays = legal,
            PromisedLimitDays = promised,
            CaseKind = promised == 0 ? CaseKind.Immediate : CaseKind.Promised,
            TimeRules = f.Extension is { } extension ? new TimeRules { ExtensionDays = extension.Days, ExtensionBasis = extension.Basis } : new TimeRules(),
            IsCharged = f.Fee is not null,
            FeeStandard = f.Fee,
            FeeBasis = f.FeeBasis,
            Location = $"{hall.Address} {(dept.Kind == DepartmentKind.County ? "" : "综合受理窗口")}".Trim(),
            OfficeHours = OfficeHours,
            OnlineDepthLevel = depth,
            OnlineScopes = Scopes(depth),
            OnsiteVisits = visits,
            OnsiteVisitReason = visits > 0 ? "需本人到场核验身份、采集信息或现场签字" : null,
            Appointment = visits > 0,
            PostalApplication = depth == 1,
            PostalDelivery = type == ItemType.AdministrativeLicensing || f.Result?.Contains('证') == true,
            SelfServiceTerminal = audience == Audience.NaturalPerson && depth >= 3,
            ChiefDecidesAtWindow = promised == 0 && type == ItemType.AdministrativeLicensing,
            RequiresRealPersonCheck = RealPersonItems.Contains(r.Name),
            InstantApproval = f.Instant,
            CrossRegion = (f.Themes ?? []).Intersect(["社会保障", "户籍证件", "出行", "住房", "就业", "出生"]).Any(),
            ResultName = f.Result ?? (r.Name.EndsWith("许可", StringComparison.Ordinal) ? r.Name + "证" : r.Name + "结果通知书"),
            Keywords = [.. f.Keywords ?? []],
            FormFields = f.Form ?? [],
            Questions = [AgentQuestion],
            IntermediaryServices = f.Intermediary is { } i ? [new IntermediaryService { Name = i.Name, Basis = i.Basis, Provider = "具备相应资质的中介服务机构（申请人自主选择）" }] : [],
            ConsultationPhone = dept.Phone ?? "0744-12345",
            ComplaintPhone = "0744-12345",
        };
        guide.Faqs = Faqs(guide);
        var abbr = type switch
        {
            ItemType.AdministrativeLicensing => "XK", ItemType.AdministrativeConfirmation => "QR", ItemType.AdministrativePayment => "JF",
            ItemType.PublicService => "GG", _ => "QT",
        };
        return ($"{dept.DivisionCode[..6]}-{abbr}-{seq:0000}", departmentName, guide);
    }

    /// <summary>智能导办: whether the authorization material applies.</summary>
    private static readonly Features.Catalog.Guidance.Question AgentQuestion = new() { Key = "agent", Text = "是否委托他人代为办理？", Kind = Features.Catalog.Guidance.QuestionKind.YesNo };

    private static string Conditions(ItemType type, Audience audience) =>
        (audience == Audience.LegalPerson ? "1. 申请人为依法设立的法人、非法人组织或拟设立的市场主体；\n" : "1. 申请人为具有完全民事行为能力的自然人，或由其监护人、委托代理人代为申请；\n")
        + (type == ItemType.AdministrativeLicensing ? "2. 符合法律、法规规定的许可条件和标准；\n" : "2. 符合法律、法规和政策规定的条件；\n")
        + "3. 申请材料齐全、符合法定形式，或者申请人按照要求提交全部补正材料。";

    private static List<Material> Materials(string name, Audience audience, string[]? specific)
    {
        var list = new List<Material>
        {
            new() { Name = $"{name}申请表", Forms = [MaterialForm.Original], Copies = 1, Source = MaterialSource.Applicant, Note = "网上办理时在线填写，无需另交" },
            audience == Audience.NaturalPerson || name.Contains("设立", StringComparison.Ordinal)
                ? new() { Name = name.Contains("设立", StringComparison.Ordinal) ? "经营者（法定代表人）居民身份证" : "申请人居民身份证", Forms = [MaterialForm.Original], Copies = 1, Source = MaterialSource.ElectronicLicence, Note = "已有电子证照的免于提交" }
                : new() { Name = "营业执照", Forms = [MaterialForm.Original], Copies = 1, Source = MaterialSource.ElectronicLicence, Note = "通过电子证照库调用，免于提交" },
        };
        // Premises and domicile proofs may be replaced by a signed promise (住所（经营场所）申报承诺制).
        foreach (var m in specific ?? [])
        {
            var promisable = m.EndsWith("场所使用证明", StringComparison.Ordinal) || m == "住所使用证明";
            list.Add(new Material
            {
                Name = m, Forms = [MaterialForm.Original, MaterialForm.Copy], Copies = 1,
                Source = promisable ? MaterialSource.InformedCommitment : MaterialSource.Applicant, Note = promisable ? "可以告知承诺书代替" : null,
            });
        }
        list.Add(new Material
        {
            Name = "授权委托书及受托人居民身份证", Forms = [MaterialForm.Original], Copies = 1, Required = false,
            Condition = "委托他人代为办理的", When = "agent", Source = MaterialSource.Applicant,
        });
        return list;
    }

    private static List<ProcedureStep> Steps(int promised) => promised == 0
        ? [new() { Name = "受理", Days = 0, Standard = "材料齐全、符合法定形式的，当场受理" }, new() { Name = "办结", Days = 0, Standard = "当场办结，出具办理结果" }]
        :
        [
            new() { Name = "受理", Days = promised >= 3 ? 1 : 0, Standard = "材料齐全、符合法定形式" },
            new() { Name = "审查", Days = promised >= 3 ? promised - 2 : promised, Standard = "符合法定条件和标准" },
            new() { Name = "决定", Days = promised >= 3 ? 1 : 0, Standard = "作出准予或不予的决定" },
            new() { Name = "办结", Days = 0, Standard = "送达办理结果" },
        ];

    private static List<OnlineScope> Scopes(int depth) => depth switch
    {
        4 => [OnlineScope.Consultation, OnlineScope.Submission, OnlineScope.PreReview, OnlineScope.Acceptance, OnlineScope.Handling, OnlineScope.ResultFeedback, OnlineScope.LicenceFeedback],
        3 => [OnlineScope.Consultation, OnlineScope.Submission, OnlineScope.PreReview, OnlineScope.ResultFeedback],
        2 => [OnlineScope.Consultation, OnlineScope.Submission],
        _ => [OnlineScope.Consultation],
    };

    private static List<Faq> Faqs(ServiceGuide g) =>
    [
        new()
        {
            Question = $"办理“{g.Name}”需要到现场吗？",
            Answer = g.OnsiteVisits == 0 ? "不需要。本事项可全程网上办理，无需到现场。"
                : $"需要到现场{(g.OnsiteVisits == 1 ? "1次" : "2次及以上")}：{g.OnsiteVisitReason}。可先在网上预约。",
        },
        new()
        {
            Question = "多久能办好？",
            Answer = g.PromisedLimitDays == 0 ? "材料齐全、符合法定形式的，当场办结。"
                : $"自受理之日起{g.PromisedLimitDays}个工作日内办结（法定时限{(g.LegalLimitDays == 0 ? "无" : g.LegalLimitDays + "个工作日")}）。",
        },
        new()
        {
            Question = "办理结果怎么领取？",
            Answer = g.PostalDelivery ? $"“{g.ResultName}”可窗口领取，也可选择免费快递送达。" : $"“{g.ResultName}”可在办理窗口领取，或在网上查看办理结果。",
        },
    ];
}
