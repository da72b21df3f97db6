using System.Security.Claims;
using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.Catalog.GetItem;

namespace Yiwang.Web.Features.Cases.Read;

/// <summary>Everything the case page shows, read in one pass (one context, one query after another).</summary>
public sealed record CasePageModel(CaseView View, CaseAbilities? Can, List<Materials.MaterialView> Materials, List<Material> Checklist, List<FormField> FormFields,
    Ratings.RateCase.RatingState? Rating, long MaxMaterialBytes);

/// <summary>The case page's one read: the case, what the user may do with it, its materials against the item's checklist, its form, its rating.</summary>
public sealed class CasePageHandler(ReadCaseHandler cases, Materials.UploadMaterialHandler materials, GetItemHandler items, Ratings.RateCase.RateCaseHandler ratings,
    Bundles.Track.BundleCaseHandler bundles)
{
    /// <summary>The page's model, or null, and whether the number is a 一件事's instead (messages and links carry either).</summary>
    public async Task<(CasePageModel? Model, bool IsBundle)> LoadAsync(string number, ClaimsPrincipal user, CancellationToken ct)
    {
        var view = (await cases.GetAsync(number, user, ct)).Value;
        if (view is null) return (null, (await bundles.GetAsync(number, user, ct)).IsOk);
        var can = await cases.AbilitiesAsync(number, user, ct);
        var files = await materials.ListAsync(number, ct);
        var guide = (await items.HandleAsync(view.ItemCode, view.ItemVersionNo, null, ct)).Value?.Guide;
        var rating = view.Status is CaseStatus.Decided or CaseStatus.Closed ? (await ratings.StateAsync(number, user, ct)).Value : null;
        return (new CasePageModel(view, can, files, guide?.Materials ?? [], guide?.FormFields ?? [], rating, materials.MaxBytes), false);
    }
}
