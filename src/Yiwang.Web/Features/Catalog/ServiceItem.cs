namespace Yiwang.Web.Features.Catalog;

/// <summary>
/// 政务服务事项. Its content lives in versions: an edit is a draft, publishing makes the draft the
/// current version, and earlier versions stay readable because a case points at the version it
/// was applied under.
/// </summary>
public sealed class ServiceItem : VersionedContent<ServiceItemVersion>
{
    public int Id { get; init; }
    /// <summary>事项编码 (实施编码), unique.</summary>
    public required string Code { get; init; }
    public int DepartmentId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    public static ServiceItem Create(string code, int departmentId, ServiceGuide guide, string author, DateTimeOffset now)
    {
        var item = new ServiceItem { Code = code, DepartmentId = departmentId, CreatedAt = now };
        item.SaveDraft(guide, author, now);
        return item;
    }

    /// <summary>Writes the guide into the open draft, opening one when there is none. A published version is never changed.</summary>
    public ServiceItemVersion SaveDraft(ServiceGuide guide, string author, DateTimeOffset now) =>
        SaveDraft(no => new ServiceItemVersion { VersionNo = no, CreatedBy = author, Guide = guide }, v => v.Guide = guide, author, now);
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
