namespace Yiwang.Web.Features.Catalog.Search;

/// <summary>What the search index knows of a published item: enough to list it without a database read.</summary>
internal sealed record CatalogDocument(
    string Code,
    string Name,
    int DepartmentId,
    string DepartmentName,
    IReadOnlyList<string> DivisionCodes,
    ItemType Type,
    IReadOnlyList<Audience> Audiences,
    IReadOnlyList<string> Themes,
    CaseKind CaseKind,
    int PromisedLimitDays,
    int LegalLimitDays,
    int OnlineDepthLevel,
    int OnsiteVisits,
    string? ResultName,
    IReadOnlyList<string> Keywords,
    int VersionNo);

/// <summary>A search hit as the API and the portal list show it.</summary>
internal sealed record ItemSummary(
    string Code,
    string Name,
    int DepartmentId,
    string DepartmentName,
    ItemType Type,
    string TypeName,
    CaseKind CaseKind,
    int PromisedLimitDays,
    int LegalLimitDays,
    int OnlineDepthLevel,
    int OnsiteVisits,
    int VersionNo);
