using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Policies.Matching;

namespace Yiwang.Web.Features.Policies.Publish;

/// <summary>A policy's draft: its code (new or existing), the department that publishes it, and the document.</summary>
internal sealed record SavePolicyDraftRequest(int? DepartmentId, PolicyDocument? Document);

internal sealed record PolicyDraftSaved(string Code, int VersionNo);

internal sealed record PolicyPublished(string Code, int VersionNo, DateTimeOffset PublishedAt, MatchRun Matched);

/// <summary>
/// Department admins write their own department's policies as drafts and publish them; publishing
/// checks the rules (<see cref="PolicyRules"/>, refused with the clause and the character named) and
/// then matches every firm against the new version at once (政策找人).
/// </summary>
internal sealed class PublishPolicyHandler(YiwangDb db, UnitOfWork unitOfWork, TimeProvider clock, AuditLog audit, PolicyMatcher matcher, Catalog.CurrentVersionCache versions)
{
    public async Task<Outcome<PolicyDraftSaved>> SaveDraftAsync(string code, SavePolicyDraftRequest r, ClaimsPrincipal user, CancellationToken ct)
    {
        if (r.Document is null) return Outcome<PolicyDraftSaved>.Invalid("document", "请提交政策内容");
        if (code.Length is < 2 or > 64 || !code.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_')) return Outcome<PolicyDraftSaved>.Invalid("code", "政策编码应为2至64位字母、数字、- 或 _");
        var policy = await db.Policies.Include(p => p.Versions).SingleOrDefaultAsync(p => p.Code == code, ct);
        var department = policy?.DepartmentId ?? r.DepartmentId ?? Common.Auth.StaffClaims.DepartmentId(user);
        if (department is null || !await db.Departments.AnyAsync(d => d.Id == department, ct)) return Outcome<PolicyDraftSaved>.Invalid("departmentId", "请指定发布政策的部门");
        if (!PolicyScope.CanEdit(user, department.Value)) return Outcome<PolicyDraftSaved>.Forbidden("只能编辑本部门的政策");
        // A rule that does not read (an unknown fact, mixed types, overlapping parameter values) is refused now, naming the clause and the character.
        var document = r.Document.Normalized();
        var wrong = PolicyRules.Rules(document);
        if (wrong.Count > 0) return Outcome<PolicyDraftSaved>.Invalid(wrong, "条款规则有误，草稿未保存");
        var now = clock.GetUtcNow();
        if (policy is null)
        {
            policy = new Policy { Code = code, DepartmentId = department.Value, CreatedAt = now };
            db.Policies.Add(policy);
        }
        var draft = policy.SaveDraft(document, user.Identity!.Name!, now);
        audit.Record(user, "policy.draft", $"policy:{code}", $"v{draft.VersionNo}");
        await unitOfWork.CommitAsync(ct);
        return Outcome<PolicyDraftSaved>.Ok(new PolicyDraftSaved(code, draft.VersionNo));
    }

    public async Task<Outcome<PolicyPublished>> PublishAsync(string code, ClaimsPrincipal user, CancellationToken ct)
    {
        var policy = await db.Policies.Include(p => p.Versions).SingleOrDefaultAsync(p => p.Code == code, ct);
        if (policy is null) return Outcome<PolicyPublished>.NotFound($"政策 {code} 不存在");
        if (!PolicyScope.CanEdit(user, policy.DepartmentId)) return Outcome<PolicyPublished>.Forbidden("只能发布本部门的政策");
        if (policy.Draft is not { } draft) return Outcome<PolicyPublished>.Conflict("没有待发布的草稿");
        var departments = (await db.Departments.Select(d => d.Id).ToListAsync(ct)).ToHashSet();
        var errors = PolicyRules.Check(draft.Document, departments);
        if (errors.Count > 0) return Outcome<PolicyPublished>.Invalid(errors, "政策不符合发布规则，未发布");
        var version = policy.Publish(user.Identity!.Name!, clock.GetUtcNow());
        // 快申快享 clauses are applied for as cases of their department's item.
        await Apply.PolicyItems.EnsureAsync(db, code, version.Document, user.Identity!.Name!, clock.GetUtcNow(), ct);
        audit.Record(user, "policy.publish", $"policy:{code}", $"v{version.VersionNo}");
        try { await unitOfWork.CommitAsync(ct); }
        catch (DbUpdateConcurrencyException) { return Outcome<PolicyPublished>.Conflict("该政策已被他人修改，请刷新后再发布"); }
        foreach (var c in version.Document.Clauses.Where(Apply.PolicyItems.Applied)) versions.Forget(Apply.PolicyItems.CodeOf(code, c.Key));
        var matched = await matcher.RunAsync(code, null, "政策发布", ct);
        return Outcome<PolicyPublished>.Ok(new PolicyPublished(code, version.VersionNo, version.PublishedAt!.Value, matched));
    }
}
