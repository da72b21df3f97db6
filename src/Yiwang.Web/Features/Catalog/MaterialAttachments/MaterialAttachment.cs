using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yiwang.Web.Common.Blobs;
using Yiwang.Web.Features.Catalog.FormTemplates;

namespace Yiwang.Web.Features.Catalog.MaterialAttachments;

/// <summary>
/// 表格下载 or 示例样表 of one material of an item, uploaded by its department: a blank form to fill or
/// a filled sample. One of each kind a material; a new upload replaces the old one. Public, as the guide is.
/// </summary>
internal sealed class MaterialAttachment
{
    public long Id { get; init; }
    public required string ItemCode { get; init; }
    public required string MaterialName { get; init; }
    public FormTemplateKind Kind { get; init; }
    public required string FileName { get; init; }
    public FileKind FileKind { get; init; }
    public long Size { get; init; }
    public required string BlobKey { get; init; }
    public required string Sha256 { get; init; }
    public DateTimeOffset UploadedAt { get; init; }
    public required string UploadedBy { get; init; }
}

internal sealed class MaterialAttachmentConfiguration : IEntityTypeConfiguration<MaterialAttachment>
{
    public void Configure(EntityTypeBuilder<MaterialAttachment> e)
    {
        e.HasIndex(a => new { a.ItemCode, a.MaterialName, a.Kind }).IsUnique();
        e.Property(a => a.ItemCode).HasMaxLength(64);
        e.Property(a => a.MaterialName).HasMaxLength(200);
        e.Property(a => a.Kind).HasConversion<string>().HasMaxLength(10);
        e.Property(a => a.FileName).HasMaxLength(200);
        e.Property(a => a.FileKind).HasConversion<string>().HasMaxLength(10);
        e.Property(a => a.BlobKey).HasMaxLength(100);
        e.Property(a => a.Sha256).HasMaxLength(64);
        e.Property(a => a.UploadedBy).HasMaxLength(100);
    }
}
