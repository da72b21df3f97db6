using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Organization;

/// <summary>The names of the departments a list shows, read in one query.</summary>
internal static class DepartmentNames
{
    public static async Task<Dictionary<int, string>> OfAsync(YiwangDb db, IEnumerable<int> departmentIds, CancellationToken ct)
    {
        var ids = departmentIds.Distinct().ToList();
        return await db.Departments.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, ct);
    }
}
