using System.Security.Cryptography;
using Yiwang.Web.Common.Http;

namespace Yiwang.Web.Common.Blobs;

/// <summary>A checked file in the blob store.</summary>
internal sealed record StoredFile(string FileName, FileKind Kind, long Size, string BlobKey, string Sha256);

/// <summary>
/// An uploaded file checked before it is kept: its size, a readable name, and its type from its own
/// bytes (PDF, JPG, PNG, OFD), never from the name; then put in the blob store (errors keyed "file").
/// </summary>
internal sealed class CheckedFiles(IBlobStore blobs)
{
    public async Task<Outcome<StoredFile>> StoreAsync(string fileName, Stream content, long length, long maxBytes, CancellationToken ct)
    {
        if (length <= 0) return Outcome<StoredFile>.Invalid("file", "请选择要上传的文件");
        if (length > maxBytes) return Outcome<StoredFile>.Invalid("file", $"文件不得超过{maxBytes / 1024 / 1024}MB");
        var name = Path.GetFileName(fileName);
        if (name.Length > 200 || Identity.NameText.HasUnreadable(name))
            return Outcome<StoredFile>.Invalid("file", "文件名过长或含有控制字符，请改名后上传");
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        if (bytes.Length > maxBytes) return Outcome<StoredFile>.Invalid("file", $"文件不得超过{maxBytes / 1024 / 1024}MB");
        if (FileKinds.Detect(bytes) is not { } kind) return Outcome<StoredFile>.Invalid("file", "文件内容不是 PDF、JPG、PNG 或 OFD，请重新选择");
        var key = Guid.NewGuid().ToString("N") + kind.Extension();
        await blobs.PutAsync(key, new MemoryStream(bytes), ct);
        return Outcome<StoredFile>.Ok(new StoredFile(name, kind, bytes.Length, key, Convert.ToHexStringLower(SHA256.HashData(bytes))));
    }
}
