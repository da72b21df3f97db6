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

    /// <summary>
    /// The clauses of the current versions of policies open on the day (or of the one named). Only the
    /// version numbers are read each time; a version's document is read and compiled once.
    /// </summary>
    public async Task<List<CompiledClause>> OpenAsync(YiwangDb db, DateOnly on, string? policyCode, CancellationToken ct)
    {
        var current = await db.Policies.AsNoTracking().Where(p => p.CurrentVersionNo != null && (policyCode == null || p.Code == policyCode))
            .Select(p => new { p.Code, VersionNo = p.CurrentVersionNo!.Value }).ToListAsync(ct);
        var unread = current.Where(c => !_compiled.ContainsKey((c.Code, c.VersionNo))).Select(c => c.Code).ToList();
        if (unread.Count > 0)
            foreach (var c in await CurrentPolicies.Of(db).AsNoTracking().Where(c => unread.Contains(c.Code)).ToListAsync(ct))
                Of(c.Code, c.VersionNo, c.Document);
        return current.SelectMany(c => _compiled.TryGetValue((c.Code, c.VersionNo), out var compiled) ? compiled : []).Where(c => c.Document.OpenOn(on)).ToList();
    }
}
