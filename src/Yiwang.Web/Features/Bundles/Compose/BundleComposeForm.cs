using Yiwang.Web.Features.Bundles.Planning;

namespace Yiwang.Web.Features.Bundles.Compose;

/// <summary>The compose page's form: the definition's scalars, its lists as lines (<see cref="BundleText"/>).</summary>
internal sealed class BundleComposeForm
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Summary { get; set; }
    public LifeCycle LifeCycle { get; set; }
    public string? Stage { get; set; }
    public string? Themes { get; set; }
    public int PromisedLimitDays { get; set; }
    public bool CrossRegion { get; set; }
    public bool ParkEdition { get; set; }
    public string? QuestionsText { get; set; }
    public string? PartsText { get; set; }
    public string? FieldsText { get; set; }
    /// <summary>Only the bundle's own materials: the items' are merged in on every save.</summary>
    public string? MaterialsText { get; set; }
    public Guid? Concurrency { get; set; }
    /// <summary>Publish right after saving the draft.</summary>
    public bool Publish { get; set; }

    public static BundleComposeForm Of(string code, BundleDefinition d, IReadOnlyDictionary<string, PartItem> items, Guid concurrency)
    {
        var fromItems = BundleMaterials.Merge(d.Parts, items).Select(m => m.Name).ToHashSet();
        return new()
        {
            Code = code, Name = d.Name, Summary = d.Summary, LifeCycle = d.LifeCycle, Stage = d.Stage, Themes = string.Join("、", d.Themes),
            PromisedLimitDays = d.PromisedLimitDays, CrossRegion = d.CrossRegion, ParkEdition = d.ParkEdition,
            QuestionsText = BundleText.Questions(d.Questions), PartsText = BundleText.Parts(d.Parts), FieldsText = BundleText.Fields(d.Fields),
            MaterialsText = BundleText.Materials(d.Materials.Where(m => !fromItems.Contains(m.Name))), Concurrency = concurrency,
        };
    }

    /// <summary>The definition the lines describe; line problems are added to errors.</summary>
    public BundleDefinition ToDefinition(Dictionary<string, string[]> errors) => new()
    {
        Name = Name?.Trim() ?? "", Summary = Summary?.Trim() ?? "", LifeCycle = LifeCycle, Stage = Stage?.Trim() ?? "",
        Themes = (Themes ?? "").Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList(),
        PromisedLimitDays = PromisedLimitDays, CrossRegion = CrossRegion, ParkEdition = ParkEdition,
        Questions = BundleText.ParseQuestions(QuestionsText, errors), Parts = BundleText.ParseParts(PartsText, errors),
        Fields = BundleText.ParseFields(FieldsText, errors), Materials = BundleText.ParseMaterials(MaterialsText, errors),
    };
}
