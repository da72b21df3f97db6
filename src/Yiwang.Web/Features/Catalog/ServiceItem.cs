namespace Yiwang.Web.Features.Catalog;

/// <summary>
/// 政务服务事项. Its content lives in versions: an edit is a draft, publishing makes the draft the
/// current version, and earlier versions stay readable because a case points at the version it
/// was applied under.
/// </summary>
public sealed class ServiceItem
{
    public int Id { get; init; }
    /// <summary>事项编码 (实施编码), unique.</summary>
    public required string Code { get; init; }
    public int DepartmentId { get; init; }
    public int? CurrentVersionNo { get; private set; }
    public int? DraftVersionNo { get; private set; }
    public DateTimeOffset CreatedAt { get; init; }
    /// <summary>Optimistic concurrency token, renewed on every change.</summary>
    public Guid Concurrency { get; private set; } = Guid.NewGuid();
    public List<ServiceItemVersion> Versions { get; init; } = [];

    public ServiceItemVersion? Current => Versions.SingleOrDefault(v => v.VersionNo == CurrentVersionNo);
    public ServiceItemVersion? Draft => Versions.SingleOrDefault(v => v.VersionNo == DraftVersionNo);

    public static ServiceItem Create(string code, int departmentId, ServiceGuide guide, string author, DateTimeOffset now)
    {
        var item = new ServiceItem { Code = code, DepartmentId = departmentId, CreatedAt = now };
        item.SaveDraft(guide, author, now);
        return item;
    }

    /// <summary>
    /// Writes the guide into the open draft, opening one (the next version number) when there is
    /// none. A published version is never changed.
    /// </summary>
    public ServiceItemVersion SaveDraft(ServiceGuide guide, string author, DateTimeOffset now)
    {
        var draft = Draft;
        if (draft is null)
        {
            var next = Versions.Count == 0 ? 1 : Versions.Max(v => v.VersionNo) + 1;
            draft = new ServiceItemVersion { VersionNo = next, State = VersionState.Draft, CreatedAt = now, CreatedBy = author, Guide = guide };
            Versions.Add(draft);
            DraftVersionNo = next;
        }
        else
        {
            draft.Guide = guide;
            draft.CreatedAt = now;
            draft.CreatedBy = author;
        }
        Concurrency = Guid.NewGuid();
        return draft;
    }

    /// <summary>Publishes the open draft. The caller has checked the consistency rules.</summary>
    public ServiceItemVersion Publish(string publisher, DateTimeOffset now)
    {
        var draft = Draft ?? throw new InvalidOperationException("没有待发布的草稿");
        var current = Current;
        if (current is not null) current.State = VersionState.Superseded;
        draft.State = VersionState.Published;
        draft.PublishedAt = now;
        draft.PublishedBy = publisher;
        CurrentVersionNo = draft.VersionNo;
        DraftVersionNo = null;
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

public sealed class ServiceItemVersion : ContentVersion
{
    public int ServiceItemId { get; init; }
    public required ServiceGuide Guide { get; set; }
}

/// <summary>What every published-content version records: its number, state, author and publisher (items, bundles).</summary>
public abstract class ContentVersion
{
    public int Id { get; init; }
    public int VersionNo { get; init; }
    public VersionState State { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string? PublishedBy { get; set; }
}

public enum VersionState { Draft, Published, Superseded }
