using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Web.Features.Ratings;

/// <summary>EF mapping: one rating per case (unique), its rectification, and the invitation mark on the case.</summary>
public static class RatingsConfiguration
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Rating>(e =>
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
        });
        b.Entity<Rectification>(e =>
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
        });
        // Invitations look for decided cases of a known applicant not invited yet; open cases stay out of the index.
        b.Entity<Case>().HasIndex(c => c.DecidedAt).HasFilter("\"RatingInvitedOn\" IS NULL AND \"ApplicantId\" IS NOT NULL AND \"DecidedAt\" IS NOT NULL");
    }
}
