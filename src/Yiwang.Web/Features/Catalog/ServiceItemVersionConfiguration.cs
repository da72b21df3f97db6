using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Catalog;

/// <summary>EF mapping of <see cref="ServiceItemVersion"/>.</summary>
internal sealed class ServiceItemVersionConfiguration : IEntityTypeConfiguration<ServiceItemVersion>
{
    public void Configure(EntityTypeBuilder<ServiceItemVersion> e)
    {
        e.HasIndex(v => new { v.ServiceItemId, v.VersionNo }).IsUnique();
        e.Property(v => v.State).HasConversion<string>().HasMaxLength(20);
        e.Property(v => v.CreatedBy).HasMaxLength(100);
        e.Property(v => v.PublishedBy).HasMaxLength(100);
        // The whole guide is one immutable JSON snapshot per version.
        e.Property(v => v.Guide).HasJsonConversion();
    }
}
