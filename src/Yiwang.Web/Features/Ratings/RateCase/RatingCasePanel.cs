using System.Security.Claims;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Cases.Read;

namespace Yiwang.Web.Features.Ratings.RateCase;

/// <summary>The case page's 好差评 panel, once the case is decided: the form while it may be rated, then the rating and its rectification.</summary>
internal sealed class RatingCasePanel(RateCaseHandler ratings) : ICasePanel
{
    public int Order => 10;

    public async Task<CasePanelContent?> LoadAsync(CaseView view, ClaimsPrincipal user, CancellationToken ct)
    {
        if (view.Status is not (CaseStatus.Decided or CaseStatus.Closed)) return null;
        var state = (await ratings.StateAsync(view.Number, user, ct)).Value;
        return state is null ? null : new CasePanelContent(typeof(RatingPanel),
            new Dictionary<string, object?> { [nameof(RatingPanel.Number)] = view.Number, [nameof(RatingPanel.State)] = state });
    }
}
