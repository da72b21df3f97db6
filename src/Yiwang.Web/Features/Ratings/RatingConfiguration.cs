using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Web.Features.Ratings;

/// <summary>EF mapping of <see cref="Rating"/>.</summary>
internal sealed class RatingConfiguration : IEntityTypeConfiguration<Rating>
{
    public void Configure(EntityTypeBuilder<Rating> e)
    {
        // One rating per case, and one per window visit (a case and a day).
        e.HasIndex(r => r.CaseId).IsUnique().HasFilter("\"Service\" = 'Case'");
        e.HasIndex(r => new { r.CaseId, r.VisitOn }).IsUnique().HasFilter("\"Service\" = 'WindowVisit'");
        e.Property(r => r.Service).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(r => new { r.DepartmentId, r.RatedAt });
        e.Property(r => r.CaseNumber).HasMaxLength(32);
        e.Property(r => r.ItemName).HasMaxLength(200);
        e.Property(r => r.Channel).HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.Level).HasConversion<int>();
        e.Property(r => r.Scores).HasJsonConversion();
        e.Property(r => r.Reasons).HasJsonConversion();
        e.Property(r => r.Comment).HasMaxLength(500);
        e.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
