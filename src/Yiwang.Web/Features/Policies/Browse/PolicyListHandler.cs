using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Time;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Policies.Browse;

/// <summary>Filters of the 惠企政策清单: level, industry, the department paying out, the mode, open now.</summary>
internal sealed record PolicyFilter(PolicyLevel? Level = null, string? Industry = null, int? DepartmentId = null, RedemptionMode? Mode = null, bool OpenOnly = false, string? Query = null);

internal sealed record PolicySummary(string Code, string Title, string Level, string IssuingBody, string DocumentNumber, DateOnly EffectiveFrom, DateOnly? ExpiresOn,
    bool Open, IReadOnlyList<string> Industries, IReadOnlyList<string> Modes, IReadOnlyList<string> Departments, int Clauses, bool Demo);

/// <summary>惠企政策清单: the current version of every published policy, filtered.</summary>
internal sealed class PolicyListHandler(YiwangDb db, TimeProvider clock)
{
    public async Task<List<PolicySummary>> HandleAsync(PolicyFilter f, CancellationToken ct)
    {
        var today = clock.Today();
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var current = await CurrentPolicies.Of(db).AsNoTracking().ToListAsync(ct);
        var q = f.Query?.Trim();
        return current.Select(c => (c.Code, D: c.Document))
            .Where(c => f.Level is null || c.D.Level == f.Level)
            .Where(c => string.IsNullOrEmpty(f.Industry) || c.D.Industries.Count == 0 || c.D.Industries.Contains(f.Industry))
            .Where(c => f.DepartmentId is null || c.D.Clauses.Any(k => k.DepartmentId == f.DepartmentId))
            .Where(c => f.Mode is null || c.D.Clauses.Any(k => k.Mode == f.Mode))
            .Where(c => !f.OpenOnly || c.D.OpenOn(today))
            .Where(c => string.IsNullOrEmpty(q) || c.D.Title.Contains(q, StringComparison.Ordinal) || c.D.Clauses.Any(k => k.Title.Contains(q, StringComparison.Ordinal)))
            .OrderByDescending(c => c.D.OpenOn(today)).ThenByDescending(c => c.D.EffectiveFrom).ThenBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => new PolicySummary(c.Code, c.D.Title, c.D.Level.Label(), c.D.IssuingBody, c.D.DocumentNumber, c.D.EffectiveFrom, c.D.ExpiresOn, c.D.OpenOn(today),
                c.D.Industries, c.D.Clauses.Select(k => k.Mode.Label()).Distinct().ToList(),
                c.D.Clauses.Select(k => departments.GetValueOrDefault(k.DepartmentId, "")).Distinct().ToList(), c.D.Clauses.Count, c.D.Demo))
            .ToList();
    }
}
