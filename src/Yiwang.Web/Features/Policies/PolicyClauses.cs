using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Policies;

/// <summary>The clauses of every policy's current version, compiled once per version and kept for the process's life.</summary>
internal sealed class PolicyClauses
{
    private readonly ConcurrentDictionary<(string Code, int VersionNo), CompiledClause[]> _compiled = new();

    public CompiledClause[] Of(string code, int versionNo, PolicyDocument document) =>
        _compiled.GetOrAdd((code, versionNo), _ => document.Clauses.Select(c => new CompiledClause(code, versionNo, document, c)).ToArray());

    /// <summary>The clauses of the current versions of policies open on the day (or of the one named).</summary>
    public async Task<List<CompiledClause>> OpenAsync(YiwangDb db, DateOnly on, string? policyCode, CancellationToken ct)
    {
        var current = await CurrentPolicies.Of(db).AsNoTracking().Where(c => policyCode == null || c.Code == policyCode).ToListAsync(ct);
        return current.Where(c => c.Document.OpenOn(on)).SelectMany(c => Of(c.Code, c.VersionNo, c.Document)).ToList();
    }
}
