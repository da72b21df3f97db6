using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Policies;

/// <summary>A policy with its version in force (its current published version); members set by name, so queries can filter on them.</summary>
internal sealed class CurrentPolicy
{
    public required string Code { get; init; }
    public int DepartmentId { get; init; }
    public int VersionNo { get; init; }
    public required PolicyDocument Document { get; init; }
}

/// <summary>The policies in force as a query: each policy with its current version (unpublished ones left out).</summary>
internal static class CurrentPolicies
{
    public static IQueryable<CurrentPolicy> Of(YiwangDb db) =>
        from p in db.Policies
        join v in db.PolicyVersions on new { Id = p.Id, No = p.CurrentVersionNo } equals new { Id = v.PolicyId, No = (int?)v.VersionNo }
        select new CurrentPolicy { Code = p.Code, DepartmentId = p.DepartmentId, VersionNo = v.VersionNo, Document = v.Document };
}
