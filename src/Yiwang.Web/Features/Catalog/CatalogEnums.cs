namespace Yiwang.Web.Features.Catalog;

/// <summary>事项类型.</summary>
public enum ItemType
{
    AdministrativeLicensing, AdministrativePenalty, AdministrativeCoercion, AdministrativeLevy,
    AdministrativePayment, AdministrativeInspection, AdministrativeConfirmation, AdministrativeReward,
    AdministrativeAdjudication, OtherAdministrativePower, PublicService,
}

public enum Audience { NaturalPerson, LegalPerson }

/// <summary>办件类型.</summary>
public enum CaseKind { Immediate, Promised }

/// <summary>行使层级.</summary>
public enum ExerciseLevel { National, Provincial, City, County, Township, Village }

public enum MaterialForm { Original, Copy, Electronic }

/// <summary>Where a material comes from.</summary>
public enum MaterialSource { Applicant, ElectronicLicence, SharedData, InformedCommitment }

/// <summary>The national multi-select 网办深度 set.</summary>
public enum OnlineScope { Consultation, Submission, PreReview, Acceptance, Handling, ResultFeedback, LicenceFeedback, Other }

/// <summary>Chinese names of the catalog's codes, used by pages, exports and imports.</summary>
internal static class CatalogNames
{
    public static readonly IReadOnlyDictionary<ItemType, string> ItemTypes = new Dictionary<ItemType, string>
    {
        [ItemType.AdministrativeLicensing] = "行政许可",
        [ItemType.AdministrativePenalty] = "行政处罚",
        [ItemType.AdministrativeCoercion] = "行政强制",
        [ItemType.AdministrativeLevy] = "行政征收",
        [ItemType.AdministrativePayment] = "行政给付",
        [ItemType.AdministrativeInspection] = "行政检查",
        [ItemType.AdministrativeConfirmation] = "行政确认",
        [ItemType.AdministrativeReward] = "行政奖励",
        [ItemType.AdministrativeAdjudication] = "行政裁决",
        [ItemType.OtherAdministrativePower] = "其他行政权力",
        [ItemType.PublicService] = "公共服务",
    };

    public static readonly IReadOnlyDictionary<Audience, string> Audiences = new Dictionary<Audience, string>
    {
        [Audience.NaturalPerson] = "个人",
        [Audience.LegalPerson] = "法人",
    };

    public static readonly IReadOnlyDictionary<CaseKind, string> CaseKinds = new Dictionary<CaseKind, string>
    {
        [CaseKind.Immediate] = "即办件",
        [CaseKind.Promised] = "承诺件",
    };

    public static readonly IReadOnlyDictionary<ExerciseLevel, string> ExerciseLevels = new Dictionary<ExerciseLevel, string>
    {
        [ExerciseLevel.National] = "国家级",
        [ExerciseLevel.Provincial] = "省级",
        [ExerciseLevel.City] = "市级",
        [ExerciseLevel.County] = "县级",
        [ExerciseLevel.Township] = "镇（乡、街道）级",
        [ExerciseLevel.Village] = "村（社区）级",
    };

    public static readonly IReadOnlyDictionary<MaterialForm, string> MaterialForms = new Dictionary<MaterialForm, string>
    {
        [MaterialForm.Original] = "原件",
        [MaterialForm.Copy] = "复印件",
        [MaterialForm.Electronic] = "电子件",
    };

    public static readonly IReadOnlyDictionary<MaterialSource, string> MaterialSources = new Dictionary<MaterialSource, string>
    {
        [MaterialSource.Applicant] = "申请人自备",
        [MaterialSource.ElectronicLicence] = "电子证照",
        [MaterialSource.SharedData] = "共享数据",
        [MaterialSource.InformedCommitment] = "告知承诺替代",
    };

    public static readonly IReadOnlyDictionary<OnlineScope, string> OnlineScopes = new Dictionary<OnlineScope, string>
    {
        [OnlineScope.Consultation] = "互联网咨询",
        [OnlineScope.Submission] = "互联网收件",
        [OnlineScope.PreReview] = "互联网预审",
        [OnlineScope.Acceptance] = "互联网受理",
        [OnlineScope.Handling] = "互联网办理",
        [OnlineScope.ResultFeedback] = "互联网办理结果信息反馈",
        [OnlineScope.LicenceFeedback] = "互联网电子证照反馈",
        [OnlineScope.Other] = "其他",
    };

    public static string Label(this ItemType v) => ItemTypes[v];
    public static string Label(this Audience v) => Audiences[v];
    public static string Label(this CaseKind v) => CaseKinds[v];
    public static string Label(this ExerciseLevel v) => ExerciseLevels[v];
    public static string Label(this MaterialForm v) => MaterialForms[v];
    public static string Label(this MaterialSource v) => MaterialSources[v];
    public static string Label(this OnlineScope v) => OnlineScopes[v];

    /// <summary>Reverse lookup for imports: accepts the Chinese name or the code name.</summary>
    public static bool TryParse<T>(IReadOnlyDictionary<T, string> names, string? text, out T value) where T : struct, Enum
    {
        text = text?.Trim();
        foreach (var (k, v) in names)
            if (v == text) { value = k; return true; }
        return Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value);
    }

    public static string PromisedLimitText(int days) => days == 0 ? "即办" : $"{days}个工作日";
}
