using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Catalog;

namespace Yiwang.Web.Features.Policies.Read;

internal sealed record ParameterView(string Key, string Label, string? InForce, IReadOnlyList<string> History);

internal sealed record ClauseView(string Key, string Title, string Benefit, string Department, string Mode, string Period, int LegalDays, int PromisedDays,
    string Conditions, string Eligibility, string? Amount, string Guide, IReadOnlyList<string> Materials, IReadOnlyList<ParameterView> Parameters);

internal sealed record PolicyView(string Code, int VersionNo, string State, string Title, string Level, string IssuingBody, string DocumentNumber, DateOnly IssuedOn,
    DateOnly EffectiveFrom, DateOnly? ExpiresOn, bool Open, string FullText, string Interpretation, IReadOnlyList<string> Industries, bool Demo,
    string PublishingDepartment, IReadOnlyList<ClauseView> Clauses, DateTimeOffset? PublishedAt);

/// <summary>One policy as the public reads it (the current version, or a given one), with each clause's conditions, parameters in force and 申兑指南.</summary>
internal sealed class PolicyHandler(YiwangDb db, TimeProvider clock)
{
    public async Task<Outcome<PolicyView>> HandleAsync(string code, int? versionNo, ClaimsPrincipal user, CancellationToken ct)
    {
        var policy = await db.Policies.AsNoTracking().Include(p => p.Versions).SingleOrDefaultAsync(p => p.Code == code, ct);
        if (policy is null) return Outcome<PolicyView>.NotFound($"政策 {code} 不存在");
        var version = versionNo is { } n ? policy.Versions.SingleOrDefault(v => v.VersionNo == n) : policy.Current;
        // A draft is the publishing department's own until it is published.
        if (version is null || (version.State == VersionState.Draft && !PolicyScope.CanEdit(user, policy.DepartmentId)))
            return Outcome<PolicyView>.NotFound(versionNo is null ? $"政策 {code} 尚未发布" : $"政策 {code} 没有第 {versionNo} 版");
        var today = clock.Today();
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var d = version.Document;
        return Outcome<PolicyView>.Ok(new PolicyView(policy.Code, version.VersionNo, version.State.ToString(), d.Title, d.Level.Label(), d.IssuingBody, d.DocumentNumber, d.IssuedOn,
            d.EffectiveFrom, d.ExpiresOn, d.OpenOn(today), d.FullText, d.Interpretation, d.Industries, d.Demo, departments.GetValueOrDefault(policy.DepartmentId, ""),
            d.Clauses.Select(c => new ClauseView(c.Key, c.Title, c.Benefit.Label(), departments.GetValueOrDefault(c.DepartmentId, ""), c.Mode.Label(), c.Period.Label(),
                c.LegalDays, c.PromisedDays, c.Conditions, c.Eligibility, c.Amount, c.Guide, c.Materials,
                c.Parameters.Select(p => new ParameterView(p.Key, p.Label, p.On(today)?.Value,
                    p.Values.OrderBy(v => v.From).Select(v => $"{v.From:yyyy-MM-dd} 起{(v.Until is { } u ? $"至 {u:yyyy-MM-dd}" : "")}：{v.Value}").ToList())).ToList())).ToList(),
            version.PublishedAt));
    }
}
