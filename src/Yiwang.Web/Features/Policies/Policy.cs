using Yiwang.Web.Features.Catalog;

namespace Yiwang.Web.Features.Policies;

/// <summary>
/// 惠企政策: versioned and published like a service item (an edit is a draft; publishing makes it the
/// current version; earlier versions stay, because an entitlement points at the version it was found under).
/// </summary>
internal sealed class Policy : VersionedContent<PolicyVersion>
{
    public int Id { get; init; }
    public required string Code { get; init; }
    /// <summary>The department that publishes and edits it (its clauses may be paid out by others).</summary>
    public int DepartmentId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    public PolicyVersion SaveDraft(PolicyDocument document, string author, DateTimeOffset now) =>
        SaveDraft(no => new PolicyVersion { VersionNo = no, CreatedBy = author, Document = document }, v => v.Document = document, author, now);
}

internal sealed class PolicyVersion : ContentVersion
{
    public int PolicyId { get; init; }
    public required PolicyDocument Document { get; set; }
}
