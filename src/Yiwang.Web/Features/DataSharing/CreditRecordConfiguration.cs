using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yiwang.Web.Features.DataSharing;

/// <summary>EF mapping of <see cref="CreditRecord"/>.</summary>
internal sealed class CreditRecordConfiguration : IEntityTypeConfiguration<CreditRecord>
{
    public void Configure(EntityTypeBuilder<CreditRecord> e)
    {
        e.HasIndex(c => c.SubjectIndex);
        e.HasIndex(c => c.CreatedAt);
        e.Property(c => c.SubjectName).HasMaxLength(200);
        e.Property(c => c.SubjectId).HasMaxLength(200);
        e.Property(c => c.SubjectIndex).HasMaxLength(64);
        e.Property(c => c.List).HasConversion<string>().HasMaxLength(20);
        e.Property(c => c.Reason).HasMaxLength(500);
        e.Property(c => c.DecidedBy).HasMaxLength(100);
        e.Property(c => c.Source).HasMaxLength(100);
    }
}
