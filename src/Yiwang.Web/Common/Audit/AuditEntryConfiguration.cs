using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yiwang.Web.Common.Audit;

/// <summary>EF mapping of <see cref="AuditEntry"/>.</summary>
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> e)
    {
        e.Property(a => a.Actor).HasMaxLength(100);
        e.Property(a => a.Action).HasMaxLength(100);
        e.Property(a => a.Subject).HasMaxLength(200);
        e.HasIndex(a => new { a.Subject, a.At });
    }
}
