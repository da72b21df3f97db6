using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Bundles;

/// <summary>EF mapping: bundles with their versions (definition as one JSON snapshot), bundle cases (lists as JSON).</summary>
public static class BundleConfiguration
{
    public static void Configure(ModelBuilder b, Common.Crypto.PersonalDataProtector protector)
    {
        b.Entity<Bundle>(e =>
        {
            e.HasIndex(x => x.Code).IsUnique();
            e.Property(x => x.Code).HasMaxLength(64);
            e.Property(x => x.Concurrency).IsConcurrencyToken();
            e.HasMany(x => x.Versions).WithOne().HasForeignKey(v => v.BundleId).OnDelete(DeleteBehavior.Cascade);
            e.Ignore(x => x.Current);
            e.Ignore(x => x.Draft);
        });
        b.Entity<BundleVersion>(e =>
        {
            e.HasIndex(v => new { v.BundleId, v.VersionNo }).IsUnique();
            e.Property(v => v.State).HasConversion<string>().HasMaxLength(20);
            e.Property(v => v.CreatedBy).HasMaxLength(100);
            e.Property(v => v.PublishedBy).HasMaxLength(100);
            e.Property(v => v.Definition).HasJsonConversion();
        });
        b.Entity<BundleCase>(e =>
        {
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => x.ApplicantId);
            e.Property(x => x.Number).HasMaxLength(32);
            e.Property(x => x.BundleCode).HasMaxLength(64);
            e.Property(x => x.BundleName).HasMaxLength(100);
            e.Property(x => x.ApplicantName).HasMaxLength(200);
            e.Property(x => x.DeliveryMethod).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.TrackingNumber).HasMaxLength(64);
            e.Property(x => x.Concurrency).IsConcurrencyToken();
            e.Property(x => x.Answers).HasJsonConversion();
            // The form holds ID numbers and phones, the address is personal: both encrypted at rest.
            e.Property(x => x.FormData).HasJsonConversion(encryptWith: protector);
            e.Property(x => x.PostalAddress).HasConversion(new ValueConverter<string?, string?>(
                v => v == null ? null : protector.Encrypt(v), v => v == null ? null : protector.Decrypt(v))).HasMaxLength(600);
            e.Property(x => x.Parts).HasJsonConversion();
            e.Property(x => x.Materials).HasJsonConversion();
            e.Property(x => x.Events).HasJsonConversion();
        });
    }
}
