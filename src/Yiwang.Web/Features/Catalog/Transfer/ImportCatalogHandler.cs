using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Catalog.PublishItem;
using Yiwang.Web.Features.Catalog.Search;

using Yiwang.Web.Common.Documents;

namespace Yiwang.Web.Features.Catalog.Transfer;

internal sealed record ImportResult(int Created, int Updated, bool Published);

/// <summary>
/// Imports a catalog file (JSON or .xlsx) all or nothing: every row is validated first, errors are
/// reported by row and field, and nothing is written when any row is wrong. New codes become new
/// items, known codes get a new draft; with publish, each is published (and must keep the rules).
/// </summary>
internal sealed class ImportCatalogHandler(YiwangDb db, UnitOfWork unitOfWork, TimeProvider clock, AuditLog audit, CatalogIndexSync sync, IOutputCacheStore cache, IConfiguration config)
{
    public const long MaxFileBytes = 20 * 1024 * 1024;

    /// <summary>The import within the sheet limits and the time limit (Imports:MaxSeconds), stopped when the client leaves.</summary>
    public Task<Outcome<ImportResult>> HandleAsync(Stream file, string fileName, bool publish, ClaimsPrincipal user, CancellationToken ct) =>
        SheetLimits.From(config).BoundedAsync((limits, t) => ImportAsync(file, fileName, publish, user, limits, t), ct);

    private async Task<Outcome<ImportResult>> ImportAsync(Stream file, string fileName, bool publish, ClaimsPrincipal user, SheetLimits limits, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        buffer.Position = 0;
        var isXlsx = fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);
        // The item sheet and its list sheets streamed together within the import bounds.
        var (records, errors) = isXlsx ? CatalogSpreadsheet.Read(buffer, limits, ct) : ReadJson(buffer);
        if (errors.Count == 0 && records.Count == 0) errors.Add(new ImportError("", 0, "file", "文件中没有事项"));
        var sheet = isXlsx ? CatalogSpreadsheet.ItemSheet : "";
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.Id, ct);
        var existing = await db.ServiceItems.Include(i => i.Versions).ToDictionaryAsync(i => i.Code, ct);
        var seen = new HashSet<string>();
        foreach (var (row, r) in records)
        {
            void Add(string field, string message) => errors.Add(new ImportError(sheet, row, field, message));
            if (ServiceGuideValidation.ValidateCode(r.Code) is { } codeError) Add("事项编码", codeError);
            else if (!seen.Add(r.Code)) Add("事项编码", $"事项编码 {r.Code} 在文件中重复");
            if (!departments.TryGetValue(r.DepartmentCode, out var deptId)) Add("实施部门编码", $"部门编码“{r.DepartmentCode}”不存在");
            else if (!CatalogScope.CanEdit(user, deptId)) Add("实施部门编码", "无权导入其他部门的事项");
            else if (existing.TryGetValue(r.Code, out var known) && known.DepartmentId != deptId) Add("实施部门编码", $"事项 {r.Code} 属于其他部门");
            foreach (var (field, messages) in ServiceGuideValidation.Validate(r.Guide))
                foreach (var m in messages) Add(field, m);
            if (publish)
                foreach (var v in CatalogRules.Check(r.Guide)) Add(v.Field, v.Message);
        }
        if (errors.Count > 0)
            return Outcome<ImportResult>.Invalid(
                errors.GroupBy(e => e.Key).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                $"导入文件有 {errors.Count} 处错误，未导入任何事项");

        var now = clock.GetUtcNow();
        var author = user.Identity!.Name!;
        int created = 0, updated = 0;
        foreach (var (_, r) in records)
        {
            if (existing.TryGetValue(r.Code, out var item)) { item.SaveDraft(r.Guide, author, now); updated++; }
            else { item = ServiceItem.Create(r.Code, departments[r.DepartmentCode], r.Guide, author, now); db.ServiceItems.Add(item); created++; }
            if (publish) item.Publish(author, now);
        }
        audit.Record(user, "catalog.import", $"file:{fileName}", $"created={created} updated={updated} publish={publish}");
        await unitOfWork.CommitAsync(ct);
        if (publish)
        {
            await sync.SyncAsync(ct);
            await cache.EvictByTagAsync(PublishItemHandler.CacheTag, ct);
        }
        return Outcome<ImportResult>.Ok(new ImportResult(created, updated, publish));
    }

    private static (List<(int, CatalogRecord)>, List<ImportError>) ReadJson(Stream stream)
    {
        try
        {
            var file = JsonSerializer.Deserialize<CatalogFile>(stream, CatalogJson.Options);
            if (file is null || file.Format != CatalogFile.CurrentFormat)
                return ([], [new ImportError("", 0, "format", $"文件格式应为“{CatalogFile.CurrentFormat}”")]);
            return (file.Items.Select((r, i) => (i + 1, r)).ToList(), []);
        }
        catch (JsonException e)
        {
            var where = e.Path is { } p && p.StartsWith("$.items[", StringComparison.Ordinal) ? p : "file";
            return ([], [new ImportError("", 0, where, $"JSON 格式有误（第{e.LineNumber + 1}行）：{e.Path}")]);
        }
    }
}
