using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Bundles;

/// <summary>EF mapping of <see cref="BundleCase"/>.</summary>
internal sealed class BundleCaseConfiguration : IEntityTypeConfiguration<BundleCase>
{
    public void Configure(EntityTypeBuilder<BundleCase> e)
    {
        e.HasIndex(x => x.Number).IsUnique();
        e.HasIndex(x => x.ApplicantId);
        // The sweep looks for open bundles past their due dates; the dashboard for those due in a period.
        e.HasIndex(x => x.Due);
        e.Property(x => x.Number).HasMaxLength(32);
        e.Property(x => x.BundleCode).HasMaxLength(64);
        e.Property(x => x.BundleName).HasMaxLength(100);
        e.Property(x => x.ApplicantName).HasMaxLength(200);
        e.Property(x => x.DeliveryMethod).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.TrackingNumber).HasMaxLength(64);
        e.Property(x => x.Concurrency).IsConcurrencyToken();
        e.Property(x => x.Answers).HasJsonConversion();
        // The form holds ID numbers and phones, the address is personal: both encrypted at rest.
        e.Property(x => x.FormData).HasJsonConversion();
        e.Property(x => x.PostalAddress).HasMaxLength(600);
        e.Property(x => x.Parts).HasJsonConversion();
        e.Property(x => x.Materials).HasJsonConversion();
        e.Property(x => x.Events).HasJsonConversion();
        e.Property(x => x.Extensions).HasJsonConversion();
    }
}
