using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Licences;

/// <summary>EF mapping of <see cref="LicenceType"/>.</summary>
internal sealed class LicenceTypeConfiguration : IEntityTypeConfiguration<LicenceType>
{
    public void Configure(EntityTypeBuilder<LicenceType> e)
    {
        e.HasIndex(t => t.Code).IsUnique();
        e.HasIndex(t => t.Name).IsUnique();
        e.Property(t => t.Code).HasMaxLength(64);
        e.Property(t => t.Name).HasMaxLength(100);
        e.Property(t => t.HolderKind).HasConversion<string>().HasMaxLength(20);
        e.Property(t => t.Fields).HasJsonConversion();
    }
}
