using Yiwang.Web.Features.Catalog;

namespace Yiwang.Web.Features.Bundles;

/// <summary>
/// 一件事: a life event's items bundled across departments. Versioned like items: an edit is a
/// draft, publishing makes it current, and a bundle case points at the version it was applied under.
/// </summary>
internal sealed class Bundle : VersionedContent<BundleVersion>
{
    public int Id { get; init; }
    /// <summary>Stable code used in addresses (e.g. restaurant-opening).</summary>
    public required string Code { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    public static Bundle Create(string code, BundleDefinition definition, string author, DateTimeOffset now)
    {
        var bundle = new Bundle { Code = code, CreatedAt = now };
        bundle.SaveDraft(definition, author, now);
        return bundle;
    }

    /// <summary>Writes into the open draft, opening the next version when there is none; a published version never changes.</summary>
    public BundleVersion SaveDraft(BundleDefinition definition, string author, DateTimeOffset now) =>
        SaveDraft(no => new BundleVersion { VersionNo = no, CreatedBy = author, Definition = definition }, v => v.Definition = definition, author, now);
}

internal sealed class BundleVersion : ContentVersion
{
    public int BundleId { get; init; }
    public required BundleDefinition Definition { get; set; }
}
