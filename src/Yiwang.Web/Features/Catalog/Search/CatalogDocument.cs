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
    int VersionNo,
    CatalogEntryKind Kind = CatalogEntryKind.Item);

/// <summary>What a search hit is: an item, or a 一件事 (listed among the items, see <see cref="ISearchableServices"/>).</summary>
internal enum CatalogEntryKind { Item, Bundle }

/// <summary>
/// Published services other than items that the search ranks together with them: the 一件事 of
/// the Bundles feature, which implements this (the catalog sits below it).
/// </summary>
internal interface ISearchableServices
{
    /// <summary>Changes whenever the documents would (another process published).</summary>
    Task<string> StampAsync(Data.YiwangDb db, CancellationToken ct);
    Task<IReadOnlyList<CatalogDocument>> DocumentsAsync(Data.YiwangDb db, CancellationToken ct);
}

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
    int VersionNo,
    CatalogEntryKind Kind = CatalogEntryKind.Item)
{
    /// <summary>Where the hit's guide is.</summary>
    public string Url => Kind == CatalogEntryKind.Bundle ? $"/bundles/{Code}" : $"/items/{Code}";
}
