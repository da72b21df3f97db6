namespace Yiwang.Web.Features.Catalog;

/// <summary>
/// Content published in versions (service items, 一件事, 惠企政策): an edit is a draft (the next version
/// number), publishing makes the draft current and supersedes the one before, and a published version
/// never changes, because cases and entitlements point at the version they were made under.
/// </summary>
public abstract class VersionedContent<TVersion> where TVersion : ContentVersion
{
    public int? CurrentVersionNo { get; private set; }
    public int? DraftVersionNo { get; private set; }
    /// <summary>Optimistic concurrency token, renewed on every change.</summary>
    public Guid Concurrency { get; private set; } = Guid.NewGuid();
    public List<TVersion> Versions { get; init; } = [];

    public TVersion? Current => Versions.SingleOrDefault(v => v.VersionNo == CurrentVersionNo);
    public TVersion? Draft => Versions.SingleOrDefault(v => v.VersionNo == DraftVersionNo);

    /// <summary>Writes into the open draft, opening one (<paramref name="open"/> with the next version number) when there is none.</summary>
    protected TVersion SaveDraft(Func<int, TVersion> open, Action<TVersion> write, string author, DateTimeOffset now)
    {
        var draft = Draft;
        if (draft is null)
        {
            draft = open(Versions.Count == 0 ? 1 : Versions.Max(v => v.VersionNo) + 1);
            Versions.Add(draft);
            DraftVersionNo = draft.VersionNo;
        }
        write(draft);
        (draft.CreatedAt, draft.CreatedBy, draft.State) = (now, author, VersionState.Draft);
        Concurrency = Guid.NewGuid();
        return draft;
    }

    /// <summary>Publishes the open draft. The caller has checked the content's rules.</summary>
    public TVersion Publish(string publisher, DateTimeOffset now)
    {
        var draft = Draft ?? throw new InvalidOperationException("没有待发布的草稿");
        Current?.State = VersionState.Superseded;
        (draft.State, draft.PublishedAt, draft.PublishedBy) = (VersionState.Published, now, publisher);
        (CurrentVersionNo, DraftVersionNo) = (draft.VersionNo, null);
        Concurrency = Guid.NewGuid();
        return draft;
    }

    /// <summary>Throws the draft away; the current version stays.</summary>
    public void DiscardDraft()
    {
        var draft = Draft ?? throw new InvalidOperationException("没有草稿");
        Versions.Remove(draft);
        DraftVersionNo = null;
        Concurrency = Guid.NewGuid();
    }
}
