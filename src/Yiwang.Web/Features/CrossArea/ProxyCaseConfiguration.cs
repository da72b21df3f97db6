using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.CrossArea;

/// <summary>EF mapping of <see cref="ProxyCase"/>.</summary>
internal sealed class ProxyCaseConfiguration : IEntityTypeConfiguration<ProxyCase>
{
    public void Configure(EntityTypeBuilder<ProxyCase> e)
    {
        e.HasIndex(p => p.Number).IsUnique();
        e.HasIndex(p => new { p.HallId, p.ReceivedAt });
        e.Property(p => p.Number).HasMaxLength(32);
        e.Property(p => p.ReceivedBy).HasMaxLength(100);
        e.Property(p => p.ApplicantName).HasMaxLength(100);
        e.Property(p => p.ApplicantIdNumber).HasMaxLength(200);
        e.Property(p => p.ApplicantPhone).HasMaxLength(200);
        e.Property(p => p.Province).HasMaxLength(20);
        e.Property(p => p.OfficeName).HasMaxLength(200);
        e.Property(p => p.ItemName).HasMaxLength(200);
        e.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(p => p.Decision).HasConversion<string>().HasMaxLength(10);
        e.Property(p => p.DeliveryMethod).HasConversion<string>().HasMaxLength(20);
        e.Property(p => p.HandoverTracking).HasMaxLength(64);
        e.Property(p => p.ResultNote).HasMaxLength(500);
        e.Property(p => p.Concurrency).IsConcurrencyToken();
        e.Property(p => p.Materials).HasJsonConversion();
        e.Property(p => p.Events).HasJsonConversion();
        e.HasOne<Organization.Hall>().WithMany().HasForeignKey(p => p.HallId).OnDelete(DeleteBehavior.Restrict);
    }
}
