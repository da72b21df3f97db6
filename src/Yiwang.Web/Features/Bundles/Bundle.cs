using Yiwang.Web.Features.Catalog;

namespace Yiwang.Web.Features.Bundles;

/// <summary>
/// 一件事: a life event's items bundled across departments. Versioned like items: an edit is a
/// draft, publishing makes it current, and a bundle case points at the version it was applied under.
/// </summary>
internal sealed class Bundle
{
    public int Id { get; init; }
    /// <summary>Stable code used in addresses (e.g. restaurant-opening).</summary>
    public required string Code { get; init; }
    public int? CurrentVersionNo { get; private set; }
    public int? DraftVersionNo { get; private set; }
    public DateTimeOffset CreatedAt { get; init; }
    public Guid Concurrency { get; private set; } = Guid.NewGuid();
    public List<BundleVersion> Versions { get; init; } = [];

    public BundleVersion? Current => Versions.SingleOrDefault(v => v.VersionNo == CurrentVersionNo);
    public BundleVersion? Draft => Versions.SingleOrDefault(v => v.VersionNo == DraftVersionNo);

    public static Bundle Create(string code, BundleDefinition definition, string author, DateTimeOffset now)
    {
        var bundle = new Bundle { Code = code, CreatedAt = now };
        bundle.SaveDraft(definition, author, now);
        return bundle;
    }

    /// <summary>Writes into the open draft, opening the next version when there is none; a published version never changes.</summary>
    public BundleVersion SaveDraft(BundleDefinition definition, string author, DateTimeOffset now)
    {
        var draft = Draft;
        if (draft is null)
        {
            draft = new BundleVersion { VersionNo = Versions.Count == 0 ? 1 : Versions.Max(v => v.VersionNo) + 1, CreatedBy = author, Definition = definition };
            Versions.Add(draft);
            DraftVersionNo = draft.VersionNo;
        }
        (draft.Definition, draft.CreatedAt, draft.CreatedBy, draft.State) = (definition, now, author, VersionState.Draft);
        Concurrency = Guid.NewGuid();
        return draft;
    }

    public BundleVersion Publish(string publisher, DateTimeOffset now)
    {
        var draft = Draft ?? throw new InvalidOperationException("没有待发布的草稿");
        Current?.State = VersionState.Superseded;
        (draft.State, draft.PublishedAt, draft.PublishedBy) = (VersionState.Published, now, publisher);
        (CurrentVersionNo, DraftVersionNo) = (draft.VersionNo, null);
        Concurrency = Guid.NewGuid();
        return draft;
    }
}

internal sealed class BundleVersion : ContentVersion
{
    public int BundleId { get; init; }
    public required BundleDefinition Definition { get; set; }
}
