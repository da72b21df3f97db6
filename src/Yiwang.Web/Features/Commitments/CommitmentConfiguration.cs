using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yiwang.Web.Features.Commitments;

/// <summary>EF mapping of <see cref="Commitment"/>.</summary>
internal sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> e)
    {
        e.HasIndex(x => x.CaseId);
        e.HasIndex(x => new { x.DepartmentId, x.Status, x.CheckDue });
        e.Property(x => x.CaseNumber).HasMaxLength(32);
        e.Property(x => x.ItemName).HasMaxLength(200);
        e.Property(x => x.MaterialName).HasMaxLength(200);
        e.Property(x => x.ApplicantName).HasMaxLength(200);
        e.Property(x => x.Text).HasMaxLength(1000);
        e.Property(x => x.SignedBy).HasMaxLength(100);
        e.Property(x => x.Digest).HasMaxLength(64);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.CheckedBy).HasMaxLength(100);
        e.Property(x => x.Finding).HasMaxLength(500);
    }
}
