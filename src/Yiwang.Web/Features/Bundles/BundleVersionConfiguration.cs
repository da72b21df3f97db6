using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Bundles;

/// <summary>EF mapping of <see cref="BundleVersion"/>.</summary>
internal sealed class BundleVersionConfiguration : IEntityTypeConfiguration<BundleVersion>
{
    public void Configure(EntityTypeBuilder<BundleVersion> e)
    {
        e.HasIndex(v => new { v.BundleId, v.VersionNo }).IsUnique();
        e.Property(v => v.State).HasConversion<string>().HasMaxLength(20);
        e.Property(v => v.CreatedBy).HasMaxLength(100);
        e.Property(v => v.PublishedBy).HasMaxLength(100);
        e.Property(v => v.Definition).HasJsonConversion();
    }
}
