using System.Security.Claims;

namespace Yiwang.Web.Features.Cases.Read;

/// <summary>
/// The 一件事 side of the case pages. Bundles runs a bundle's parts as cases, so it provides this
/// (Cases names the need and stays below Bundles): the whole a part belongs to, for its link, and
/// whether a number the case page was given is a whole's (messages and links carry either).
/// </summary>
internal interface IBundleLinks
{
    /// <summary>The whole a case is a part of.</summary>
    Task<BundleLink?> OfAsync(long bundleCaseId, CancellationToken ct);

    /// <summary>The number is a 一件事 the user may read.</summary>
    Task<bool> IsBundleAsync(string number, ClaimsPrincipal user, CancellationToken ct);
}
