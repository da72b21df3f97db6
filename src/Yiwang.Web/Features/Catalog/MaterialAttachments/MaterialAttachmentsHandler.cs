using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Blobs;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Catalog.FormTemplates;

namespace Yiwang.Web.Features.Catalog.MaterialAttachments;

internal sealed record MaterialAttachmentView(long Id, string MaterialName, FormTemplateKind Kind, string KindName, string FileName, long Size, DateTimeOffset UploadedAt);

/// <summary>
/// The department's 表格下载 and 示例样表 for its items' materials: upload (the item's department admin,
/// audited; a new file replaces the old), list and download (anyone, as the guide).
/// </summary>
internal sealed class MaterialAttachmentsHandler(YiwangDb db, UnitOfWork unitOfWork, CheckedFiles files, IBlobStore blobs, CurrentVersionCache versions,
    TimeProvider clock, AuditLog audit, Microsoft.AspNetCore.OutputCaching.IOutputCacheStore cache)
{
    public const long MaxBytes = 10L * 1024 * 1024;

    public static string KindName(FormTemplateKind k) => k == FormTemplateKind.Blank ? "空白表格" : "示例样表";

    public async Task<Outcome<MaterialAttachmentView>> UploadAsync(string code, string? materialName, string? kind, string fileName, Stream content, long length,
        ClaimsPrincipal user, CancellationToken ct)
    {
        var current = await versions.FindAsync(db, code, ct);
        if (current is null) return Outcome<MaterialAttachmentView>.NotFound($"事项 {code} 不存在或未发布");
        if (!CatalogScope.CanEdit(user, current.Item.DepartmentId)) return Outcome<MaterialAttachmentView>.Forbidden("只有事项所属部门的管理员可以上传表格和样表");
        var name = materialName?.Trim();
        if (string.IsNullOrEmpty(name) || current.Version.Guide.Materials.All(m => m.Name != name))
            return Outcome<MaterialAttachmentView>.Invalid("materialName", "请选择本事项办事指南所列的申请材料");
        if (FormTemplateKinds.Parse(kind) is not { } k) return Outcome<MaterialAttachmentView>.Invalid("kind", FormTemplateKinds.Refusal);
        var stored = await files.StoreAsync(fileName, content, length, MaxBytes, ct);
        if (!stored.IsOk) return stored.As<MaterialAttachmentView>();
        var f = stored.Value!;
        var old = await db.MaterialAttachments.SingleOrDefaultAsync(a => a.ItemCode == code && a.MaterialName == name && a.Kind == k, ct);
        var attachment = new MaterialAttachment
        {
            ItemCode = code, MaterialName = name, Kind = k, FileName = f.FileName, FileKind = f.Kind, Size = f.Size, BlobKey = f.BlobKey, Sha256 = f.Sha256,
            UploadedAt = clock.GetUtcNow(), UploadedBy = user.Identity!.Name!,
        };
        try
        {
            // One of a kind a material: the old row goes first, then the new one with the audit entry.
            if (old is not null)
            {
                db.MaterialAttachments.Remove(old);
                await unitOfWork.CommitAsync(ct);
            }
            db.MaterialAttachments.Add(attachment);
            audit.Record(user, "catalog.material-attachment", $"item:{code}", $"{name}：{KindName(k)} {f.FileName}");
            await unitOfWork.CommitAsync(ct);
        }
        catch
        {
            await blobs.DeleteAsync(f.BlobKey);
            throw;
        }
        if (old is not null) await blobs.DeleteAsync(old.BlobKey);
        await cache.EvictByTagAsync(PublishItem.PublishItemHandler.CacheTag, ct); // the cached guide lists the new file at once
        return Outcome<MaterialAttachmentView>.Ok(View(attachment));
    }

    public async Task<List<MaterialAttachmentView>> ListAsync(string code, CancellationToken ct) =>
        (await db.MaterialAttachments.AsNoTracking().Where(a => a.ItemCode == code).OrderBy(a => a.Id).ToListAsync(ct)).Select(View).ToList();

    public async Task<Outcome<(MaterialAttachment Attachment, Stream Content)>> DownloadAsync(string code, long id, CancellationToken ct)
    {
        var a = await db.MaterialAttachments.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && x.ItemCode == code, ct);
        var stream = a is null ? null : await blobs.OpenAsync(a.BlobKey, ct);
        return a is null || stream is null ? Outcome<(MaterialAttachment, Stream)>.NotFound("表格不存在") : Outcome<(MaterialAttachment, Stream)>.Ok((a, stream));
    }

    private static MaterialAttachmentView View(MaterialAttachment a) => new(a.Id, a.MaterialName, a.Kind, KindName(a.Kind), a.FileName, a.Size, a.UploadedAt);
}
