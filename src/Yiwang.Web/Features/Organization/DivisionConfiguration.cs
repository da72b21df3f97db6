using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yiwang.Web.Features.Organization;

/// <summary>EF mapping of <see cref="Division"/>.</summary>
internal sealed class DivisionConfiguration : IEntityTypeConfiguration<Division>
{
    public void Configure(EntityTypeBuilder<Division> e)
    {
        e.HasKey(d => d.Code);
        e.Property(d => d.Code).HasMaxLength(12);
        e.Property(d => d.Name).HasMaxLength(100);
        e.Property(d => d.Level).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(d => d.ParentCode);
    }
}
