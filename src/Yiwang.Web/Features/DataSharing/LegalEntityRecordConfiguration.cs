using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yiwang.Web.Features.DataSharing;

/// <summary>EF mapping of <see cref="LegalEntityRecord"/>.</summary>
internal sealed class LegalEntityRecordConfiguration : IEntityTypeConfiguration<LegalEntityRecord>
{
    public void Configure(EntityTypeBuilder<LegalEntityRecord> e)
    {
        e.HasIndex(l => l.CreditCode).IsUnique();
        e.HasIndex(l => l.CreatedAt);
        e.HasIndex(l => l.LegalRepresentativeIdIndex);
        e.Property(l => l.LegalRepresentativeIdIndex).HasMaxLength(64);
        e.Property(l => l.CreditCode).HasMaxLength(18);
        e.Property(l => l.Name).HasMaxLength(200);
        e.Property(l => l.Kind).HasMaxLength(100);
        e.Property(l => l.LegalRepresentative).HasMaxLength(100);
        e.Property(l => l.Address).HasMaxLength(300);
        e.Property(l => l.Capital).HasPrecision(18, 4);
        e.Property(l => l.Status).HasMaxLength(10);
        e.Property(l => l.Authority).HasMaxLength(100);
        e.Property(l => l.DivisionCode).HasMaxLength(12);
    }
}
