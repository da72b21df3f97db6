using Yiwang.Web.Common.Events;

namespace Yiwang.Web.Features.Bundles;

/// <summary>
/// Something happened to a 一件事 as a whole, with its new timeline row. The parts' own steps are
/// case events (<c>CaseActed</c>); these tell of the whole (its one acceptance, its one delivery),
/// so the applicant hears of it once, not once per part.
/// </summary>
internal abstract record BundleActed(BundleCase Bundle, BundleCaseEvent Entry) : IDomainEvent;

internal sealed record BundleSubmitted(BundleCase Bundle, BundleCaseEvent Entry) : BundleActed(Bundle, Entry);
internal sealed record BundleMaterialGiven(BundleCase Bundle, BundleCaseEvent Entry, BundleCaseMaterial Material) : BundleActed(Bundle, Entry);
/// <summary>The 综合窗口 accepted the parts in <paramref name="Accepted"/> and sent those in <paramref name="Returned"/> to 补正 (each with what it lacks).</summary>
internal sealed record BundleAccepted(BundleCase Bundle, BundleCaseEvent Entry, IReadOnlyList<string> Accepted, IReadOnlyList<string> Returned) : BundleActed(Bundle, Entry);
internal sealed record BundlePartStarted(BundleCase Bundle, BundleCaseEvent Entry, BundleCasePart Part) : BundleActed(Bundle, Entry);
internal sealed record BundlePartCancelled(BundleCase Bundle, BundleCaseEvent Entry, BundleCasePart Part) : BundleActed(Bundle, Entry);
/// <summary>延期 of the whole, approved by the centre's head.</summary>
internal sealed record BundleExtended(BundleCase Bundle, BundleCaseEvent Entry, Cases.Extension Extension) : BundleActed(Bundle, Entry);
/// <summary>统一出件: the results of <paramref name="Delivered"/> went out together; the whole is 办结.</summary>
internal sealed record BundleClosed(BundleCase Bundle, BundleCaseEvent Entry, IReadOnlyList<string> Delivered) : BundleActed(Bundle, Entry);
