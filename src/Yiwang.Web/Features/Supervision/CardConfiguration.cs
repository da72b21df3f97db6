using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Web.Features.Supervision;

/// <summary>EF mapping of <see cref="Card"/>.</summary>
internal sealed class CardConfiguration : IEntityTypeConfiguration<Card>
{
    public void Configure(EntityTypeBuilder<Card> e)
    {
        e.HasIndex(k => new { k.CaseId, k.Rule, k.Step }).IsUnique();
        e.HasIndex(k => new { k.DepartmentId, k.Status });
        // A 一件事's cards are found by rule and bundle (Step holds the bundle's id).
        e.HasIndex(k => new { k.Rule, k.Step });
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
    }
}
