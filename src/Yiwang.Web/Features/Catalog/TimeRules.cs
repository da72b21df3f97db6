namespace Yiwang.Web.Features.Catalog;

/// <summary>
/// An item's time rules beyond its two limits, as data: how far it may be extended and on what basis
/// (行政许可法 第四十二条, or the item's own law), the longest each special procedure may stop the
/// clock (第四十五条), and the term given for a 补正. Unset values follow the defaults below.
/// </summary>
public sealed class TimeRules
{
    /// <summary>补正期限 when the item sets none: a local rule (configurable per item), in calendar days.</summary>
    public const int DefaultSupplementDays = 30;
    public const string Section42 = "《中华人民共和国行政许可法》第四十二条";

    /// <summary>延期 in working days; null: by the legal limit (see <see cref="Extension"/>); 0: may not be extended.</summary>
    public int? ExtensionDays { get; set; }
    /// <summary>The law that allows the extension (required with <see cref="ExtensionDays"/>).</summary>
    public string? ExtensionBasis { get; set; }
    /// <summary>The longest each special procedure may last for this item (a kind not listed keeps its default).</summary>
    public List<SuspensionLimit> SuspensionLimits { get; set; } = [];
    /// <summary>补正期限 in calendar days from the notice; null: <see cref="DefaultSupplementDays"/>.</summary>
    public int? SupplementDays { get; set; }

    public int SupplementTerm => SupplementDays ?? DefaultSupplementDays;

    /// <summary>
    /// How far a case may be extended: the item's own rule, else §42's ten working days for a 20-day
    /// legal limit (or longer); an item whose own law sets a shorter limit must state its own; an item
    /// with no legal limit may extend its promise by ten with the head's approval; a 即办件 not at all.
    /// </summary>
    public ExtensionRule Extension(int legalDays, int promisedDays) => ExtensionDays switch
    {
        { } days => new(days, days == 0 ? "本事项设定为不得延期" : ExtensionBasis ?? "本事项设定依据"),
        null when legalDays >= 20 => new(10, Section42 + "：二十日内不能作出决定的，经本行政机关负责人批准，可以延长十日"),
        null when legalDays > 0 => new(0, $"本事项法定时限为{legalDays}个工作日，适用其自身的法律规定；事项未设定延期规则，不得延期"),
        null when promisedDays == 0 => new(0, "即办件当场办结，不得延期"),
        null => new(10, "本事项无法定时限：承诺时限经本机关负责人批准可以延长十个工作日"),
    };

    /// <summary>The longest a special procedure of a kind may last for this item.</summary>
    public SuspensionLimit Limit(SuspensionKind kind) =>
        SuspensionLimits.FirstOrDefault(l => l.Kind == kind) ?? SuspensionLimit.Defaults[kind];
}

/// <summary>延期: at most <paramref name="Days"/> working days (0: not allowed), and why.</summary>
public sealed record ExtensionRule(int Days, string Basis);

/// <summary>特别程序: the longest it may stop the clock (calendar days) and the rule that says so.</summary>
public sealed class SuspensionLimit
{
    public SuspensionKind Kind { get; set; }
    public int MaxDays { get; set; }
    public string Basis { get; set; } = "";

    /// <summary>Where no item sets its own: 听证 by §47 (organised within 20 days); the others a local rule, configurable per item.</summary>
    public static readonly IReadOnlyDictionary<SuspensionKind, SuspensionLimit> Defaults = new Dictionary<SuspensionKind, SuspensionLimit>
    {
        [SuspensionKind.Hearing] = new() { Kind = SuspensionKind.Hearing, MaxDays = 20, Basis = "《中华人民共和国行政许可法》第四十七条：应当在二十日内组织听证" },
        [SuspensionKind.ExpertReview] = new() { Kind = SuspensionKind.ExpertReview, MaxDays = 30, Basis = "本地规则：专家评审一般不超过30天（可按事项设定）" },
        [SuspensionKind.Testing] = new() { Kind = SuspensionKind.Testing, MaxDays = 30, Basis = "本地规则：检验、检测、检疫一般不超过30天（可按事项设定）" },
        [SuspensionKind.PublicNotice] = new() { Kind = SuspensionKind.PublicNotice, MaxDays = 20, Basis = "本地规则：公示一般不超过20天（可按事项设定）" },
    };
}

/// <summary>特别程序 (行政许可法 §45): time not counted in the limit.</summary>
public enum SuspensionKind { Hearing, ExpertReview, Testing, PublicNotice }

internal static class SuspensionKindNames
{
    public static string Label(this SuspensionKind k) => k switch
    {
        SuspensionKind.Hearing => "听证",
        SuspensionKind.ExpertReview => "专家评审",
        SuspensionKind.Testing => "检验检测",
        _ => "公示",
    };
}
