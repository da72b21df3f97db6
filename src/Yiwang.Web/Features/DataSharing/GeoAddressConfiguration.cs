using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yiwang.Web.Features.DataSharing;

/// <summary>EF mapping of <see cref="GeoAddress"/>.</summary>
internal sealed class GeoAddressConfiguration : IEntityTypeConfiguration<GeoAddress>
{
    public void Configure(EntityTypeBuilder<GeoAddress> e)
    {
        e.HasIndex(g => g.Address).IsUnique();
        e.HasIndex(g => g.CreatedAt);
        e.Property(g => g.Address).HasMaxLength(300);
        e.Property(g => g.DivisionCode).HasMaxLength(12);
    }
}
