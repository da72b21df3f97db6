using System.Security.Claims;
using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.Catalog.GetItem;

namespace Yiwang.Web.Features.Cases.Read;

/// <summary>Everything the case page shows, read in one pass (one context, one query after another).</summary>
internal sealed record CasePageModel(CaseView View, CaseAbilities? Can, List<Materials.MaterialView> Materials, List<Material> Checklist, List<FormField> FormFields,
    IReadOnlyList<CasePanelContent> Panels, long MaxMaterialBytes);

/// <summary>
/// The case page's one read: the case, what the user may do with it, its materials against the
/// item's checklist, its form, and the panels other features add (<see cref="ICasePanel"/>).
/// </summary>
internal sealed class CasePageHandler(ReadCaseHandler cases, Materials.UploadMaterialHandler materials, GetItemHandler items, IEnumerable<ICasePanel> panels,
    IBundleLinks bundles)
{
    /// <summary>The page's model, or null, and whether the number is a 一件事's instead (messages and links carry either).</summary>
    public async Task<(CasePageModel? Model, bool IsBundle)> LoadAsync(string number, ClaimsPrincipal user, CancellationToken ct)
    {
        var view = (await cases.GetAsync(number, user, ct)).Value;
        if (view is null) return (null, await bundles.IsBundleAsync(number, user, ct));
        var can = await cases.AbilitiesAsync(number, user, ct);
        var files = await materials.ListAsync(number, ct);
        var guide = (await items.HandleAsync(view.ItemCode, view.ItemVersionNo, null, ct)).Value?.Guide;
        var shown = new List<CasePanelContent>();
        foreach (var panel in panels.OrderBy(p => p.Order))
            if (await panel.LoadAsync(view, user, ct) is { } content) shown.Add(content);
        return (new CasePageModel(view, can, files, guide?.Materials ?? [], guide?.FormFields ?? [], shown, materials.MaxBytes), false);
    }
}
