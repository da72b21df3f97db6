using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yiwang.Web.Features.Cases;

/// <summary>EF mapping of <see cref="CaseMaterial"/>.</summary>
internal sealed class CaseMaterialConfiguration : IEntityTypeConfiguration<CaseMaterial>
{
    public void Configure(EntityTypeBuilder<CaseMaterial> e)
    {
        e.HasIndex(m => m.CaseId);
        // Materials a window verified (B) are few: 免证办 finds them by trust and name, not by scanning every material.
        e.HasIndex(m => new { m.Trust, m.MaterialName });
        e.Property(m => m.MaterialName).HasMaxLength(200);
        e.Property(m => m.FileName).HasMaxLength(260);
        e.HasIndex(m => new { m.UploadedBy, m.UploadedAt }); // 上传配额 per account and day
        e.Property(m => m.Kind).HasConversion<string>().HasMaxLength(10);
        e.Property(m => m.BlobKey).HasMaxLength(64);
        e.Property(m => m.Sha256).HasMaxLength(64);
        e.Property(m => m.UploadedBy).HasMaxLength(100);
        e.Property(m => m.Trust).HasConversion<string>().HasMaxLength(2);
        e.HasOne<Case>().WithMany(c => c.Materials).HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
