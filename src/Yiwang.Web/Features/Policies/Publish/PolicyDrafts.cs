using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Data;
using AuthPolicy = Yiwang.Web.Common.Auth.Policy;

namespace Yiwang.Web.Features.Policies.Publish;

internal sealed record EditablePolicy(string Code, string Title, int DepartmentId, string Department, int? CurrentVersionNo, int? DraftVersionNo, DateTimeOffset? PublishedAt);

/// <summary>What an editor opens: the draft when there is one, else a copy of the current version.</summary>
internal sealed record PolicyDraft(string Code, int DepartmentId, int? CurrentVersionNo, int? DraftVersionNo, PolicyDocument Document);

/// <summary>The policies a department admin may edit (a system admin: all), and the document to edit.</summary>
internal sealed class PolicyDrafts(YiwangDb db)
{
    public async Task<Outcome<List<EditablePolicy>>> ListAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (!user.Meets(AuthPolicy.PlatformAdmin) && !user.Meets(AuthPolicy.DepartmentAdmin)) return Outcome<List<EditablePolicy>>.Forbidden("只有部门管理员可以编辑惠企政策");
        var mine = user.Meets(AuthPolicy.PlatformAdmin) ? null : user.DepartmentId();
        var policies = await db.Policies.AsNoTracking().Include(p => p.Versions).Where(p => mine == null || p.DepartmentId == mine).OrderBy(p => p.Code).ToListAsync(ct);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        return Outcome<List<EditablePolicy>>.Ok(policies.Select(p => new EditablePolicy(p.Code, (p.Draft ?? p.Current)?.Document.Title ?? "", p.DepartmentId,
            departments.GetValueOrDefault(p.DepartmentId, ""), p.CurrentVersionNo, p.DraftVersionNo, p.Current?.PublishedAt)).ToList());
    }

    public async Task<Outcome<PolicyDraft>> OpenAsync(string code, ClaimsPrincipal user, CancellationToken ct)
    {
        var policy = await db.Policies.AsNoTracking().Include(p => p.Versions).SingleOrDefaultAsync(p => p.Code == code, ct);
        if (policy is null || !PolicyScope.CanEdit(user, policy.DepartmentId)) return Outcome<PolicyDraft>.NotFound($"政策 {code} 不存在或不属于本部门");
        // Read without tracking: the editor's changes reach the database only through a saved draft.
        return Outcome<PolicyDraft>.Ok(new PolicyDraft(policy.Code, policy.DepartmentId, policy.CurrentVersionNo, policy.DraftVersionNo, (policy.Draft ?? policy.Current)!.Document));
    }
}
