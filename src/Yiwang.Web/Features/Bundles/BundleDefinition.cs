using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.Catalog.Guidance;

namespace Yiwang.Web.Features.Bundles;

/// <summary>
/// The content of one version of a 一件事: its questionnaire, its parts (items of several
/// departments), the form asked once and mapped into each item's form, the merged material list,
/// the promised limit for the whole, and where it is listed (life cycle, stage, themes, park).
/// </summary>
internal sealed class BundleDefinition
{
    public string Name { get; set; } = "";
    public string Summary { get; set; } = "";
    public LifeCycle LifeCycle { get; set; }
    /// <summary>One of <see cref="LifeCycles.Stages"/> of the life cycle (开办, 出生 …).</summary>
    public string Stage { get; set; } = "";
    public List<string> Themes { get; set; } = [];
    public Audience Audience { get; set; }
    /// <summary>承诺时限 for the whole, working days (no longer than the parts' own limits along the longest chain).</summary>
    public int PromisedLimitDays { get; set; }
    /// <summary>法定时限 of the joint handling, working days from its acceptance (行政许可法 第二十六条 with §42: 45; configurable per bundle).</summary>
    public int LegalLimitDays { get; set; } = BundleCase.JointLegalDays;
    /// <summary>跨域通办: any hall in the city may accept it.</summary>
    public bool CrossRegion { get; set; }
    /// <summary>园区版: published in the industrial park's portal column and at its 一件事一次办专窗.</summary>
    public bool ParkEdition { get; set; }
    public List<Question> Questions { get; set; } = [];
    public List<BundlePart> Parts { get; set; } = [];
    public List<BundleField> Fields { get; set; } = [];
    public List<BundleMaterial> Materials { get; set; } = [];

    public BundleDefinition Copy()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(this, CatalogJson.Options);
        return System.Text.Json.JsonSerializer.Deserialize<BundleDefinition>(json, CatalogJson.Options)!;
    }
}

/// <summary>One item of the bundle, handled by its own department as a case of its own.</summary>
internal sealed class BundlePart
{
    public string Key { get; set; } = "";
    public string ItemCode { get; set; } = "";
    /// <summary>When the part applies (null: always).</summary>
    public string? When { get; set; }
    /// <summary>The parts whose results this one needs: it starts when all of those selected are granted.</summary>
    public List<string> After { get; set; } = [];
}

/// <summary>A field asked once, written into each mapped item's form field ("part.field").</summary>
internal sealed class BundleField : FormField
{
    public string? When { get; set; }
    public List<string> MapsTo { get; set; } = [];

    /// <summary>The field as a plain form field (for validation and display).</summary>
    public FormField AsFormField() => new() { Key = Key, Label = Label, Type = Type, Required = Required, Options = Options, Prefill = Prefill, MaxLength = MaxLength };
}

/// <summary>A material of the merged list: asked once for every part that needs it.</summary>
internal sealed class BundleMaterial : Material
{
    public string Key { get; set; } = "";
    /// <summary>The parts that need it.</summary>
    public List<string> Parts { get; set; } = [];
    /// <summary>Parts whose result is this material: when one of them is in the plan the applicant does not provide it.</summary>
    public List<string> ProvidedBy { get; set; } = [];
}

/// <summary>全生命周期: 企业 开办→注销, 项目 立项→竣工, 个人 出生→身后.</summary>
public enum LifeCycle { Enterprise, Project, Person }
