using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yiwang.Web.Features.DataSharing;

/// <summary>EF mapping of <see cref="PersonRecord"/>.</summary>
internal sealed class PersonRecordConfiguration : IEntityTypeConfiguration<PersonRecord>
{
    public void Configure(EntityTypeBuilder<PersonRecord> e)
    {
        e.HasIndex(p => p.IdNumberIndex).IsUnique();
        e.HasIndex(p => p.CreatedAt);
        e.Property(p => p.Name).HasMaxLength(100);
        e.Property(p => p.IdNumber).HasMaxLength(200);
        e.Property(p => p.IdNumberIndex).HasMaxLength(64);
        e.Property(p => p.Gender).HasMaxLength(2);
        e.Property(p => p.Ethnicity).HasMaxLength(20);
        e.Property(p => p.Address).HasMaxLength(600);
        e.Property(p => p.Phone).HasMaxLength(200);
        e.Property(p => p.DivisionCode).HasMaxLength(12);
    }
}
