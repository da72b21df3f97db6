namespace Yiwang.Web.Features.Catalog.GetItem;

/// <summary>One version of an item's guide with the item's version history.</summary>
internal sealed record ItemGuideView(
    string Code,
    int DepartmentId,
    string DepartmentName,
    string DivisionCode,
    int VersionNo,
    VersionState State,
    DateTimeOffset? PublishedAt,
    int? CurrentVersionNo,
    int? DraftVersionNo,
    Guid Concurrency,
    ServiceGuide Guide,
    IReadOnlyList<VersionInfo> Versions);

internal sealed record VersionInfo(int VersionNo, VersionState State, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? PublishedAt, string? PublishedBy);
