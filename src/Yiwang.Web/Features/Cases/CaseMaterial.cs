using Yiwang.Web.Common.Blobs;

namespace Yiwang.Web.Features.Cases;

/// <summary>A file uploaded for one of the item's materials; the bytes are in the blob store.</summary>
public sealed class CaseMaterial
{
    public long Id { get; init; }
    public long CaseId { get; init; }
    public required string MaterialName { get; init; }
    public required string FileName { get; init; }
    public FileKind Kind { get; init; }
    public long Size { get; init; }
    public required string BlobKey { get; init; }
    public required string Sha256 { get; init; }
    public DateTimeOffset UploadedAt { get; init; }
    public required string UploadedBy { get; init; }
}
