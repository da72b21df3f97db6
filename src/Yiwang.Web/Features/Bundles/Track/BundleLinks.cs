using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Cases.Read;

namespace Yiwang.Web.Features.Bundles.Track;

/// <summary>What the case pages show of a part's 一件事 (<see cref="IBundleLinks"/>).</summary>
internal sealed class BundleLinks(YiwangDb db, BundleCaseHandler bundles) : IBundleLinks
{
    public Task<BundleLink?> OfAsync(long bundleCaseId, CancellationToken ct) =>
        db.BundleCases.AsNoTracking().Where(b => b.Id == bundleCaseId).Select(b => new BundleLink(b.Number, b.BundleName)).SingleOrDefaultAsync(ct);

    public async Task<bool> IsBundleAsync(string number, ClaimsPrincipal user, CancellationToken ct) => (await bundles.GetAsync(number, user, ct)).IsOk;
}
