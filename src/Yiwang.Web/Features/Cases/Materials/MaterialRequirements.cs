using Yiwang.Web.Features.Catalog;

namespace Yiwang.Web.Features.Cases.Materials;

/// <summary>
/// What an online applicant must give before a case can be submitted: every required material of
/// the item that the platform does not draw itself (电子证照 and 共享数据 are 系统调取) and that is
/// not the 申请表 the applicant fills online. A 告知承诺书 or a drawn licence gives it too (they are
/// materials of the case under that name).
/// </summary>
internal static class MaterialRequirements
{
    /// <summary>The 申请表 is filled in the online form when the item has one.</summary>
    public static bool FilledOnline(Material m, IReadOnlyCollection<FormField> fields) => Catalog.FormTemplates.ApplicationFormMaterial.Is(m, fields);

    /// <summary>The platform draws it from a licence or a base library: the applicant gives nothing.</summary>
    public static bool DrawnBySystem(Material m) => m.Source is MaterialSource.ElectronicLicence or MaterialSource.SharedData;

    /// <summary>The names the applicant has to give, in the guide's order.</summary>
    public static List<string> ToGive(IEnumerable<Material> materials, IReadOnlyCollection<FormField> fields) =>
        materials.Where(m => m.Required && !DrawnBySystem(m) && !FilledOnline(m, fields)).Select(m => m.Name).Distinct().ToList();

    /// <summary>Of what must be given, what is not given yet.</summary>
    public static List<string> Missing(IEnumerable<string> toGive, IEnumerable<string> given)
    {
        var have = given.ToHashSet(StringComparer.Ordinal);
        return toGive.Where(n => !have.Contains(n)).ToList();
    }

    /// <summary>The problem answer's errors: one entry per missing material, keyed materials[名称].</summary>
    public static Dictionary<string, string[]> Errors(IEnumerable<string> missing, string verb = "上传") =>
        missing.ToDictionary(n => $"materials[{n}]", n => new[] { $"请{verb}“{n}”" });
}

/// <summary>A submission or resubmission refused because materials are missing; names each one.</summary>
internal sealed class MaterialsMissingException(IReadOnlyList<string> missing, string message) : Exception(message)
{
    public IReadOnlyList<string> Missing { get; } = missing;
}
