using Yiwang.Web.Data;
using Yiwang.Web.Features.Organization;

namespace Yiwang.Web.Features.Catalog;

/// <summary>An item with its current (published) version and its department.</summary>
internal sealed class CurrentVersion
{
    public required ServiceItem Item { get; init; }
    public required ServiceItemVersion Version { get; init; }
    public required Department Department { get; init; }
}

/// <summary>The published catalog as one composable query (items without a published version are left out).</summary>
internal static class CurrentVersions
{
    public static IQueryable<CurrentVersion> Of(YiwangDb db) =>
        from i in db.ServiceItems
        join v in db.ServiceItemVersions on new { Id = i.Id, No = i.CurrentVersionNo } equals new { Id = v.ServiceItemId, No = (int?)v.VersionNo }
        join d in db.Departments on i.DepartmentId equals d.Id
        select new CurrentVersion { Item = i, Version = v, Department = d };
}
