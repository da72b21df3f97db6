namespace Yiwang.Web.Features.Catalog;

/// <summary>
/// The content of a 办事指南: every element of the national item standard. A version of a
/// <see cref="ServiceItem"/> owns one; published versions never change.
/// </summary>
public sealed class ServiceGuide
{
    public string Name { get; set; } = "";
    public ItemType Type { get; set; }
    public List<Audience> Audiences { get; set; } = [];
    /// <summary>Life-event themes for browsing (出生, 就业, 开办企业 …).</summary>
    public List<string> Themes { get; set; } = [];
    /// <summary>实施主体: the body in whose name the decision is made.</summary>
    public string ImplementingBody { get; set; } = "";
    /// <summary>行使层级.</summary>
    public List<ExerciseLevel> ExerciseLevels { get; set; } = [];
    /// <summary>设定依据.</summary>
    public string LegalBasis { get; set; } = "";
    /// <summary>受理条件.</summary>
    public string AcceptanceConditions { get; set; } = "";
    public List<Material> Materials { get; set; } = [];
    public List<ProcedureStep> Steps { get; set; } = [];
    /// <summary>法定时限, working days; 0 when the law sets none.</summary>
    public int LegalLimitDays { get; set; }
    /// <summary>承诺时限, working days; 0 means 即办.</summary>
    public int PromisedLimitDays { get; set; }
    public CaseKind CaseKind { get; set; }
    /// <summary>延期, 特别程序 and 补正 terms (行政许可法 §42, §45).</summary>
    public TimeRules TimeRules { get; set; } = new();
    public bool IsCharged { get; set; }
    /// <summary>收费标准.</summary>
    public string? FeeStandard { get; set; }
    /// <summary>收费依据.</summary>
    public string? FeeBasis { get; set; }
    public string Location { get; set; } = "";
    public string OfficeHours { get; set; } = "";
    /// <summary>网办深度 Ⅰ–Ⅳ (1–4).</summary>
    public int OnlineDepthLevel { get; set; } = 1;
    /// <summary>The national multi-select 网办深度 set.</summary>
    public List<OnlineScope> OnlineScopes { get; set; } = [];
    /// <summary>到办事现场次数: 0, 1, or 2 for "2 or more".</summary>
    public int OnsiteVisits { get; set; }
    public string? OnsiteVisitReason { get; set; }
    public bool Appointment { get; set; }
    /// <summary>快递收件: materials may be posted in.</summary>
    public bool PostalApplication { get; set; }
    /// <summary>快递送达: the result may be posted out.</summary>
    public bool PostalDelivery { get; set; }
    public bool SelfServiceTerminal { get; set; }
    /// <summary>跨域通办.</summary>
    public bool CrossRegion { get; set; }
    /// <summary>首席审批员可在窗口当场决定 (前台综合受理、当场审批).</summary>
    public bool ChiefDecidesAtWindow { get; set; }
    /// <summary>
    /// 须实人认证: applying needs L3 (统一身份认证 or the ID card at a window) instead of the default L2,
    /// for items that move money or property (不动产转移, 公积金提取, 养老待遇 …).
    /// </summary>
    public bool RequiresRealPersonCheck { get; set; }
    /// <summary>秒批 (智能自动审批): the rule an online application is granted by the system on; null: none.</summary>
    public Instant.InstantRule? InstantApproval { get; set; }
    /// <summary>办理结果 (e.g. 营业执照).</summary>
    public string? ResultName { get; set; }
    /// <summary>Extra words people search with (俗称).</summary>
    public List<string> Keywords { get; set; } = [];
    public List<Faq> Faqs { get; set; } = [];
    /// <summary>The online application form (申请表).</summary>
    public List<FormField> FormFields { get; set; } = [];
    /// <summary>智能导办: questions whose answers decide which conditional materials apply (<see cref="Material.When"/>).</summary>
    public List<Guidance.Question> Questions { get; set; } = [];
    /// <summary>中介服务: intermediary services an applicant needs for this item.</summary>
    public List<IntermediaryService> IntermediaryServices { get; set; } = [];
    public string ConsultationPhone { get; set; } = "";
    public string ComplaintPhone { get; set; } = "";

    public ServiceGuide Copy()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(this, CatalogJson.Options);
        return System.Text.Json.JsonSerializer.Deserialize<ServiceGuide>(json, CatalogJson.Options)!;
    }
}

/// <summary>申请材料 (a bundle's merged material extends it).</summary>
public class Material
{
    public string Name { get; set; } = "";
    public List<MaterialForm> Forms { get; set; } = [];
    public int Copies { get; set; } = 1;
    public bool Required { get; set; } = true;
    /// <summary>When not required: the situation in which it is needed.</summary>
    public string? Condition { get; set; }
    /// <summary>The same situation as a <see cref="Guidance.Condition"/> over the guide's questions (智能导办); null: always.</summary>
    public string? When { get; set; }
    public MaterialSource? Source { get; set; }
    public string? Note { get; set; }
}

/// <summary>办理流程 step with its budget in working days and its review standard.</summary>
public sealed class ProcedureStep
{
    public string Name { get; set; } = "";
    public int Days { get; set; }
    public string? Standard { get; set; }
}

public sealed class Faq
{
    public string Question { get; set; } = "";
    public string Answer { get; set; } = "";
}

public sealed class IntermediaryService
{
    public string Name { get; set; } = "";
    public string? Basis { get; set; }
    public string? Provider { get; set; }
}
