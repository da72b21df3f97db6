using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Catalog.Transfer;

internal sealed record ConsistencyFinding(string Code, string Name, string DepartmentName, int VersionNo, VersionState State, RuleViolation Violation);

/// <summary>Every rule broken by a current or draft version, across the editor's part of the catalog.</summary>
internal sealed class ConsistencyReportHandler(YiwangDb db)
{
    public async Task<List<ConsistencyFinding>> HandleAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var scope = CatalogScope.EditableDepartment(user);
        var rows = await (
            from i in db.ServiceItems
            join v in db.ServiceItemVersions on i.Id equals v.ServiceItemId
            join d in db.Departments on i.DepartmentId equals d.Id
            where (v.VersionNo == i.CurrentVersionNo || v.VersionNo == i.DraftVersionNo) && (scope == null || i.DepartmentId == scope)
            orderby i.Code, v.VersionNo
            select new { i.Code, DepartmentName = d.Name, v.VersionNo, v.State, v.Guide }).AsNoTracking().ToListAsync(ct);
        return rows.SelectMany(r => CatalogRules.Check(r.Guide)
            .Select(v => new ConsistencyFinding(r.Code, r.Guide.Name, r.DepartmentName, r.VersionNo, r.State, v))).ToList();
    }
}
