using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.DataSharing.Clients;

/// <summary>One scope of a new client: a library code and its field keys ("*" for all of them).</summary>
internal sealed record ScopeRequest(string? Library, List<string>? Fields);

internal sealed record CreateApiClientRequest(string? Name, int? DepartmentId, List<ScopeRequest>? Scopes);

/// <summary>A client as the platform admin sees it; the key itself is shown once, when it is made.</summary>
internal sealed record ApiClientView(int Id, string Name, int DepartmentId, string DepartmentName, string KeyPrefix, string Scopes, bool Active, DateTimeOffset CreatedAt, string? Key = null);

/// <summary>
/// 接口授权: the data-sharing platform's admin registers a department system, grants it fields of
/// libraries, and gets its key (stored only as a hash); a client can be switched off.
/// </summary>
internal sealed class ApiClientsHandler(YiwangDb db, AuditLog audit, UnitOfWork unitOfWork, TimeProvider clock)
{
    public async Task<Outcome<ApiClientView>> CreateAsync(CreateApiClientRequest r, ClaimsPrincipal user, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var name = r.Name?.Trim() ?? "";
        if (name.Length is < 2 or > 100) errors["name"] = ["请填写系统名称（2至100字）"];
        var department = r.DepartmentId is { } d ? await db.Departments.AsNoTracking().SingleOrDefaultAsync(x => x.Id == d, ct) : null;
        if (department is null) errors["departmentId"] = ["请选择使用该系统的部门"];
        var scopes = new List<LibraryScope>();
        if (r.Scopes is not { Count: > 0 }) errors["scopes"] = ["请至少授权一个库的字段"];
        for (var i = 0; i < (r.Scopes?.Count ?? 0); i++)
        {
            var s = r.Scopes![i];
            if (BaseLibraries.Find(s.Library) is not { } info) { errors[$"scopes[{i}].library"] = [$"库应为：{string.Join("、", BaseLibraries.All.Select(l => $"{l.Code}（{l.Name}）"))}"]; continue; }
            if (scopes.Any(x => x.Library == info.Library)) { errors[$"scopes[{i}].library"] = [$"{info.Name}重复授权"]; continue; }
            var fields = s.Fields?.Select(f => f.Trim()).Where(f => f.Length > 0).Distinct().ToList() ?? [];
            if (fields.Count == 0) { errors[$"scopes[{i}].fields"] = [$"请选择{info.Name}的字段"]; continue; }
            if (fields.Contains("*")) fields = info.Fields.Select(f => f.Key).ToList();
            if (fields.FirstOrDefault(f => info.Field(f) is null) is { } bad) { errors[$"scopes[{i}].fields"] = [$"{info.Name}没有字段“{bad}”，可用字段：{string.Join(",", info.Fields.Select(f => f.Key))}"]; continue; }
            scopes.Add(new LibraryScope { Library = info.Library, Fields = info.Fields.Select(f => f.Key).Where(fields.Contains).ToList() });
        }
        if (errors.Count > 0) return Outcome<ApiClientView>.Invalid(errors, "接口授权填写有误");
        var key = ApiClient.NewKey();
        var client = new ApiClient
        {
            Name = name, DepartmentId = department!.Id, KeyHash = ApiClient.Hash(key), KeyPrefix = key[..12], Scopes = scopes, CreatedAt = clock.GetUtcNow(), CreatedBy = user.Identity!.Name!,
        };
        db.ApiClients.Add(client);
        audit.Record(user, "api-client.create", $"api-client:{name}", client.ScopeText);
        await unitOfWork.CommitAsync(ct);
        return Outcome<ApiClientView>.Ok(View(client, department.Name) with { Key = key });
    }

    public async Task<List<ApiClientView>> ListAsync(CancellationToken ct)
    {
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        return (await db.ApiClients.AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct)).Select(c => View(c, departments.GetValueOrDefault(c.DepartmentId) ?? "")).ToList();
    }

    public async Task<Outcome<ApiClientView>> SetActiveAsync(int id, bool active, ClaimsPrincipal user, CancellationToken ct)
    {
        var client = await db.ApiClients.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (client is null) return Outcome<ApiClientView>.NotFound("接口客户端不存在");
        client.Active = active;
        audit.Record(user, active ? "api-client.enable" : "api-client.disable", $"api-client:{client.Name}");
        await unitOfWork.CommitAsync(ct);
        return Outcome<ApiClientView>.Ok(View(client, await db.Departments.Where(d => d.Id == client.DepartmentId).Select(d => d.Name).SingleAsync(ct)));
    }

    private static ApiClientView View(ApiClient c, string department) =>
        new(c.Id, c.Name, c.DepartmentId, department, c.KeyPrefix, c.ScopeText, c.Active, c.CreatedAt);
}
