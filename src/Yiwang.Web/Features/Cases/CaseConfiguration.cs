using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Catalog;

namespace Yiwang.Web.Features.Cases;

/// <summary>EF mapping of <see cref="Case"/>.</summary>
internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> e)
    {
        e.HasIndex(c => c.Number).IsUnique();
        e.Property(c => c.Number).HasMaxLength(32);
        e.Property(c => c.ItemCode).HasMaxLength(64);
        e.Property(c => c.ItemName).HasMaxLength(200);
        e.Property(c => c.ApplicantName).HasMaxLength(200);
        e.HasIndex(c => c.ApplicantId);
        // An applicant's granted cases, latest first (免证办 offers their results); only granted rows are in it, so a submission never touches it.
        e.HasIndex(c => new { c.ApplicantId, c.DecidedAt }).HasFilter("\"Decision\" = 'Grant'").HasDatabaseName("IX_Cases_Granted");
        e.HasIndex(c => new { c.DepartmentId, c.Status });
        e.Property(c => c.Channel).HasConversion<string>().HasMaxLength(20);
        e.Property(c => c.Status).HasConversion<string>().HasMaxLength(30);
        e.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(c => c.Decision).HasConversion<string>().HasMaxLength(10);
        e.Property(c => c.DeliveryMethod).HasConversion<string>().HasMaxLength(20);
        e.Property(c => c.TrackingNumber).HasMaxLength(64);
        e.Property(c => c.PreferredDelivery).HasConversion<string>().HasMaxLength(20);
        e.Property(c => c.Concurrency).IsConcurrencyToken();
        e.Property(c => c.Steps).HasJsonConversion();
        e.Property(c => c.MissingMaterials).HasJsonConversion();
        e.Property(c => c.Suspensions).HasJsonConversion();
        e.Property(c => c.Extensions).HasJsonConversion();
        e.Property(c => c.Countersigns).HasJsonConversion();
        // Form answers hold ID numbers and phones: the whole document is SM4-encrypted at rest.
        e.Property(c => c.FormData).HasJsonConversion();
        e.Property(c => c.Assignee).HasMaxLength(100);
        e.HasIndex(c => c.BundleCaseId).HasFilter("\"BundleCaseId\" IS NOT NULL");
        e.HasOne<ServiceItem>().WithMany().HasForeignKey(c => c.ServiceItemId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(c => c.Events).WithOne().HasForeignKey(ev => ev.CaseId).OnDelete(DeleteBehavior.Restrict);
        e.Ignore(c => c.IsOpen);
        e.Ignore(c => c.LateUnderSection32);
        e.Ignore(c => c.DecisionStep);
        e.Ignore(c => c.CurrentStepName);
    }
}
