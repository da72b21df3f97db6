using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Web.Features.Supervision;

/// <summary>EF mapping: cards (unique per case, rule and step) and the one row of rules.</summary>
public static class SupervisionConfiguration
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Card>(e =>
        {
            e.HasIndex(k => new { k.CaseId, k.Rule, k.Step }).IsUnique();
            e.HasIndex(k => new { k.DepartmentId, k.Status });
            e.HasIndex(k => new { k.Status, k.RaisedOn });
            e.Property(k => k.CaseNumber).HasMaxLength(32);
            e.Property(k => k.ItemName).HasMaxLength(200);
            e.Property(k => k.Assignee).HasMaxLength(100);
            e.Property(k => k.Rule).HasConversion<string>().HasMaxLength(40);
            e.Property(k => k.Level).HasConversion<string>().HasMaxLength(10);
            e.Property(k => k.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(k => k.Detail).HasMaxLength(500);
            e.Property(k => k.Explanation).HasMaxLength(2000);
            e.Property(k => k.Correction).HasMaxLength(2000);
            e.Property(k => k.ClosingNote).HasMaxLength(2000);
            e.Property(k => k.AnsweredBy).HasMaxLength(100);
            e.Property(k => k.ClosedBy).HasMaxLength(100);
            e.Property(k => k.Concurrency).IsConcurrencyToken();
            e.HasOne<Case>().WithMany().HasForeignKey(k => k.CaseId).OnDelete(DeleteBehavior.Restrict);
        });
        b.Entity<SupervisionRules>(e =>
        {
            e.Property(r => r.Id).ValueGeneratedNever();
            e.Property(r => r.UpdatedBy).HasMaxLength(100);
        });
        // The sweep reads only the cases whose next check day has come.
        b.Entity<Case>().HasIndex(c => c.NextCheckOn);
    }
}
