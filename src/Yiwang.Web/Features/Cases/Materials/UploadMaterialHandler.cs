using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Blobs;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Cases.Materials;

/// <param name="SupplementRound">The 补正 round it was given for (0: with the application).</param>
internal sealed record MaterialView(long Id, string MaterialName, string FileName, FileKind Kind, long Size, DateTimeOffset UploadedAt, string UploadedBy,
    MaterialTrust Trust = MaterialTrust.C, Guid? LicenceId = null, int SupplementRound = 0);

/// <summary>
/// Upload a material to a case (applicant, or a window clerk helping), while the case is not yet
/// accepted; download it (anyone who may read the case; every download is audited).
/// </summary>
internal sealed class UploadMaterialHandler(YiwangDb db, UnitOfWork unitOfWork, CaseScope scope, IBlobStore blobs, TimeProvider clock, AuditLog audit, IConfiguration config,
    IHttpContextAccessor http, IEnumerable<IMaterialDocuments> documents, GivenMaterialsReader given, CheckedFiles checkedFiles)
{
    public long MaxBytes => config.GetValue("Cases:MaxMaterialBytes", 10L * 1024 * 1024);

    public async Task<Outcome<MaterialView>> UploadAsync(string number, string? materialName, string fileName, Stream content, long length,
        ClaimsPrincipal user, CancellationToken ct)
    {
        var c = await db.Cases.SingleOrDefaultAsync(x => x.Number == number, ct);
        if (c is null || !await scope.CanReadAsync(user, c, ct)) return Outcome<MaterialView>.NotFound($"办件 {number} 不存在");
        if (!await scope.ActsForApplicantAsync(user, c, ct) && !await scope.AtWindowAsync(user, c, ct)) return Outcome<MaterialView>.Forbidden("只有申请人或窗口工作人员可以上传材料");
        if (c.Status is not (CaseStatus.Draft or CaseStatus.Submitted or CaseStatus.AwaitingSupplement))
            return Outcome<MaterialView>.Conflict($"办件当前为“{c.Status.Label()}”，不能再上传材料");
        if (string.IsNullOrWhiteSpace(materialName)) return Outcome<MaterialView>.Invalid("materialName", "请选择对应的申请材料");
        if (materialName.Trim().Length > 200) return Outcome<MaterialView>.Invalid("materialName", "材料名称最多200个字符");
        // A file goes to a material of the item's checklist, or to a slot of the 补正 notice.
        if (!(await given.ReadAsync(c, ct)).Checklist.Contains(materialName.Trim()) && !c.MissingMaterials.Contains(materialName.Trim()))
            return Outcome<MaterialView>.Invalid("materialName", $"“{materialName.Trim()}”不是本事项的申请材料，也不是一次性告知的补正项");
        if (await QuotaAsync(c.Id, user, length, ct) is { } over) return Outcome<MaterialView>.Invalid("file", over);
        var stored = await StoreAsync(fileName, content, length, ct);
        if (!stored.IsOk) return stored.As<MaterialView>();
        var f = stored.Value!;
        var m = new CaseMaterial
        {
            CaseId = c.Id, MaterialName = materialName.Trim(), FileName = f.FileName, Kind = f.Kind, Size = f.Size,
            BlobKey = f.BlobKey, Sha256 = f.Sha256, UploadedAt = clock.GetUtcNow(), UploadedBy = user.Identity!.Name!,
            SupplementRound = c.Status == CaseStatus.AwaitingSupplement ? c.SupplementRounds : 0,
        };
        db.CaseMaterials.Add(m);
        await CommitOrForgetAsync(f.BlobKey, ct);
        return Outcome<MaterialView>.Ok(View(m));
    }

    /// <summary>Saves the record of a stored file; when the save fails, the file goes too (no blob without its record).</summary>
    public async Task CommitOrForgetAsync(string blobKey, CancellationToken ct)
    {
        try { await unitOfWork.CommitAsync(ct); }
        catch
        {
            await blobs.DeleteAsync(blobKey);
            throw;
        }
    }

    public long MaxCaseBytes => config.GetValue("Cases:MaxCaseMaterialBytes", 100L * 1024 * 1024);
    public long MaxAccountBytesPerDay => config.GetValue("Cases:MaxUploadBytesPerAccountPerDay", 300L * 1024 * 1024);

    /// <summary>
    /// 上传配额: what a case may hold in all (Cases:MaxCaseMaterialBytes) and what one account may upload
    /// in a day (Cases:MaxUploadBytesPerAccountPerDay); the reason when this file would pass either.
    /// </summary>
    public async Task<string?> QuotaAsync(long caseId, ClaimsPrincipal user, long length, CancellationToken ct)
    {
        if (await db.CaseMaterials.Where(m => m.CaseId == caseId).SumAsync(m => (long?)m.Size, ct) is { } held && held + length > MaxCaseBytes)
            return $"本办件的材料已达上限（{MaxCaseBytes / 1024 / 1024}MB），请删除不需要的文件或到窗口提交";
        var since = clock.GetUtcNow().AddDays(-1);
        var who = user.Identity!.Name!;
        if (await db.CaseMaterials.Where(m => m.UploadedBy == who && m.UploadedAt > since).SumAsync(m => (long?)m.Size, ct) is { } today && today + length > MaxAccountBytesPerDay)
            return $"本账号24小时内上传的材料已达上限（{MaxAccountBytesPerDay / 1024 / 1024}MB），请明天再传";
        return null;
    }

    /// <summary>核验原件: a window clerk compared an uploaded material with its original (C → B), audited.</summary>
    public async Task<Outcome<MaterialView>> VerifyOriginalAsync(string number, long id, ClaimsPrincipal user, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().SingleOrDefaultAsync(x => x.Number == number, ct);
        var m = c is null ? null : await db.CaseMaterials.SingleOrDefaultAsync(x => x.Id == id && x.CaseId == c.Id, ct);
        if (c is null || m is null || !await scope.CanReadAsync(user, c, ct)) return Outcome<MaterialView>.NotFound("材料不存在");
        if (!await scope.AtWindowAsync(user, c, ct)) return Outcome<MaterialView>.Forbidden("只有窗口工作人员可以核验原件");
        if (!m.VerifyOriginal()) return Outcome<MaterialView>.Conflict($"该材料为{m.Trust.Label()}，无需核验原件");
        audit.Record(user, "case.material.verify", $"case:{number}/material:{id}", m.MaterialName);
        await unitOfWork.CommitAsync(ct);
        return Outcome<MaterialView>.Ok(View(m));
    }

    /// <summary>Checks a file (size, content type by its bytes) and puts it in the blob store.</summary>
    public Task<Outcome<StoredFile>> StoreAsync(string fileName, Stream content, long length, CancellationToken ct) =>
        checkedFiles.StoreAsync(fileName, content, length, MaxBytes, ct);

    public async Task<Outcome<(CaseMaterial Material, Stream Content)>> DownloadAsync(string number, long id, ClaimsPrincipal user, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().SingleOrDefaultAsync(x => x.Number == number, ct);
        var m = c is null ? null : await db.CaseMaterials.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && x.CaseId == c.Id, ct);
        if (c is null || m is null || !await scope.CanReadAsync(user, c, ct)) return Outcome<(CaseMaterial, Stream)>.NotFound("材料不存在");
        // A licence drawn from the library, a signed 告知承诺书: rendered from their signed records; anything else is a stored file.
        var request = http.HttpContext?.Request;
        var stream = documents.FirstOrDefault(d => d.Renders(m)) is { } rendered
            ? await rendered.RenderAsync(c, m, request is null ? "" : $"{request.Scheme}://{request.Host}", ct) is { } pdf ? new MemoryStream(pdf) : null
            : await blobs.OpenAsync(m.BlobKey, ct);
        if (stream is null) return Outcome<(CaseMaterial, Stream)>.NotFound("材料文件缺失");
        audit.Record(user, "case.material.read", $"case:{number}/material:{id}", m.FileName);
        await unitOfWork.CommitAsync(ct);
        return Outcome<(CaseMaterial, Stream)>.Ok((m, stream));
    }

    /// <summary>A case's materials, for whoever may read the case (anyone else: not found).</summary>
    public async Task<Outcome<List<MaterialView>>> ListAsync(string number, ClaimsPrincipal user, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().SingleOrDefaultAsync(x => x.Number == number, ct);
        return c is null || !await scope.CanReadAsync(user, c, ct) ? Outcome<List<MaterialView>>.NotFound($"办件 {number} 不存在") : Outcome<List<MaterialView>>.Ok(await ListAsync(c.Id, ct));
    }

    public async Task<List<MaterialView>> ListAsync(string number, CancellationToken ct) =>
        await db.Cases.Where(c => c.Number == number).Select(c => c.Id).SingleOrDefaultAsync(ct) is var id and > 0 ? await ListAsync(id, ct) : [];

    public async Task<List<MaterialView>> ListAsync(long caseId, CancellationToken ct) =>
        (await db.CaseMaterials.AsNoTracking().Where(m => m.CaseId == caseId).OrderBy(m => m.Id).ToListAsync(ct)).Select(View).ToList();

    public static MaterialView View(CaseMaterial m) => new(m.Id, m.MaterialName, m.FileName, m.Kind, m.Size, m.UploadedAt, m.UploadedBy, m.Trust, m.LicenceId, m.SupplementRound);

}
