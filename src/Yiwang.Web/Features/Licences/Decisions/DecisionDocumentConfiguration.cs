using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yiwang.Web.Features.Licences.Decisions;

/// <summary>EF mapping of <see cref="DecisionDocument"/>.</summary>
internal sealed class DecisionDocumentConfiguration : IEntityTypeConfiguration<DecisionDocument>
{
    public void Configure(EntityTypeBuilder<DecisionDocument> e)
    {
        e.HasIndex(d => d.Number).IsUnique();
        e.HasIndex(d => d.CaseId);
        e.Property(d => d.Id).ValueGeneratedNever();
        e.Property(d => d.Number).HasMaxLength(40);
        e.Property(d => d.CaseNumber).HasMaxLength(32);
        e.Property(d => d.Title).HasMaxLength(40);
        e.Property(d => d.ItemName).HasMaxLength(200);
        e.Property(d => d.ApplicantName).HasMaxLength(200);
        e.Property(d => d.ApplicantKind).HasConversion<string>().HasMaxLength(20);
        e.Property(d => d.Decision).HasConversion<string>().HasMaxLength(10);
        e.Property(d => d.Reason).HasMaxLength(2000);
        e.Property(d => d.ResultName).HasMaxLength(200);
        e.Property(d => d.LicenceNumber).HasMaxLength(40);
        e.Property(d => d.IssuerName).HasMaxLength(100);
        e.Property(d => d.Signature).HasMaxLength(200);
        e.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(d => d.StatusReason).HasMaxLength(2000);
        e.HasOne<Seal>().WithMany().HasForeignKey(d => d.SealId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Cases.Case>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
