using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yiwang.Web.Features.Ratings;

/// <summary>EF mapping of <see cref="Rectification"/>.</summary>
internal sealed class RectificationConfiguration : IEntityTypeConfiguration<Rectification>
{
    public void Configure(EntityTypeBuilder<Rectification> e)
    {
        e.HasIndex(r => r.RatingId).IsUnique();
        e.HasIndex(r => new { r.Status, r.Due });
        e.HasIndex(r => new { r.DepartmentId, r.Status });
        e.Property(r => r.CaseNumber).HasMaxLength(32);
        e.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.BeforeAppeal).HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.Appeal).HasConversion<string>().HasMaxLength(20);
        foreach (var text in new[] { nameof(Rectification.Verification), nameof(Rectification.Measures), nameof(Rectification.Reply),
                     nameof(Rectification.AppealReason), nameof(Rectification.AppealDecision), nameof(Rectification.ReturnVisit) })
            e.Property(text).HasMaxLength(2000);
        e.Property(r => r.RepliedBy).HasMaxLength(100);
        e.Property(r => r.AppealDecidedBy).HasMaxLength(100);
        e.Property(r => r.Concurrency).IsConcurrencyToken();
        e.HasOne(r => r.Rating).WithMany().HasForeignKey(r => r.RatingId).OnDelete(DeleteBehavior.Restrict);
    }
}
