using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.DataSharing.Share;

/// <summary>A sharing request of a department system: the record's key, the fields wanted (all its scope allows when empty), why, and for which case.</summary>
internal sealed record ShareRequest(string Key, string? Fields, string? Purpose, string? CaseNumber);

/// <summary>What a department system receives: only the fields it asked for and may read.</summary>
internal sealed record SharedRecords(string Library, string Purpose, IReadOnlyList<string> Fields, IReadOnlyList<Dictionary<string, string?>> Records);

/// <summary>
/// 数据共享接口: a department system reads a base library with its API key. Every request — granted,
/// refused or wrong — is authorized against the client's per-library, per-field scopes and written to
/// the 数据访问日志 before the answer goes out.
/// </summary>
internal sealed class ShareHandler(YiwangDb db, LibraryLookup lookup, DataAccessLog log, TimeProvider clock)
{
    public async Task<Outcome<SharedRecords>> HandleAsync(string? apiKey, BaseLibrary library, ShareRequest r, string? ip, CancellationToken ct)
    {
        var info = library.Info();
        var hash = string.IsNullOrWhiteSpace(apiKey) ? null : ApiClient.Hash(apiKey);
        var client = hash is null ? null : await db.ApiClients.AsNoTracking().SingleOrDefaultAsync(c => c.KeyHash == hash, ct);
        var department = client is null ? null : await db.Departments.AsNoTracking().Where(d => d.Id == client.DepartmentId).Select(d => d.Name).SingleOrDefaultAsync(ct);
        var wanted = (r.Fields ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
        var purpose = r.Purpose?.Trim() ?? "";

        async Task<Outcome<SharedRecords>> Refuse(AccessResult result, Outcome<SharedRecords> outcome, LookupResult? found = null)
        {
            await RecordAsync(result, found, wanted);
            return outcome;
        }
        Task RecordAsync(AccessResult result, LookupResult? found, IReadOnlyList<string> fields) => log.RecordAsync(new DataAccess
        {
            At = clock.GetUtcNow(), Library = library, AccessorKind = AccessorKind.ApiClient, Accessor = client?.Name ?? $"凭据无效（{KeyHint(apiKey)}）",
            ApiClientId = client?.Id, DepartmentId = client?.DepartmentId, DepartmentName = department, SubjectIndex = found?.SubjectIndex ?? lookup.SubjectIndex(library, r.Key),
            Subject = found?.Subject ?? (result == AccessResult.Invalid ? null : LibraryLookup.Label(null, r.Key)), Fields = string.Join(",", fields),
            Purpose = purpose.Length > 200 ? purpose[..200] : purpose, CaseNumber = r.CaseNumber?.Trim(), Result = result, Ip = ip,
        }, ct);

        if (client is null || !client.Active)
            return await Refuse(AccessResult.Unauthenticated, Outcome<SharedRecords>.Unauthenticated($"请在请求头 {ApiClient.KeyHeader} 中提供有效的接口密钥"));
        var allowed = client.FieldsOf(library);
        if (allowed.Count == 0)
            return await Refuse(AccessResult.Denied, Outcome<SharedRecords>.Forbidden($"本系统未获授权访问{info.Name}"));
        var unknown = wanted.FirstOrDefault(f => info.Field(f) is null);
        if (unknown is not null)
            return await Refuse(AccessResult.Invalid, Outcome<SharedRecords>.Invalid("fields", $"{info.Name}没有字段“{unknown}”，可用字段：{string.Join(",", info.Fields.Select(f => f.Key))}"));
        var beyond = wanted.Where(f => !allowed.Contains(f)).ToList();
        if (beyond.Count > 0)
            return await Refuse(AccessResult.Denied, Outcome<SharedRecords>.Forbidden($"本系统未获授权读取{info.Name}的字段：{string.Join("、", beyond.Select(f => info.Field(f)!.Label))}"));
        if (purpose.Length < 2)
            return await Refuse(AccessResult.Invalid, Outcome<SharedRecords>.Invalid("purpose", "请说明调用目的（如办件编号或业务名称）"));
        if (LibraryLookup.KeyProblem(library, r.Key.Trim()) is { } problem)
            return await Refuse(AccessResult.Invalid, Outcome<SharedRecords>.Invalid("key", problem));

        var fields = wanted.Count > 0 ? wanted : info.Fields.Select(f => f.Key).Where(allowed.Contains).ToList();
        var found = await lookup.FindAsync(library, r.Key, ct);
        if (found.Records.Count == 0)
            return await Refuse(AccessResult.NotFound, Outcome<SharedRecords>.NotFound($"{info.Name}中没有该记录"), found);
        await RecordAsync(AccessResult.Granted, found, fields);
        return Outcome<SharedRecords>.Ok(new SharedRecords(info.Code, purpose, fields,
            found.Records.Select(rec => fields.ToDictionary(f => f, f => rec.GetValueOrDefault(f))).ToList()));
    }

    /// <summary>Enough of a wrong key to find it in the log, never the key itself.</summary>
    private static string KeyHint(string? key) => string.IsNullOrWhiteSpace(key) ? "未提供" : key.Trim()[..Math.Min(8, key.Trim().Length)] + "…";
}
