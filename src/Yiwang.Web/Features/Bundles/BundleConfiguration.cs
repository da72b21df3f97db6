using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yiwang.Web.Features.Bundles;

/// <summary>EF mapping of <see cref="Bundle"/>.</summary>
internal sealed class BundleConfiguration : IEntityTypeConfiguration<Bundle>
{
    public void Configure(EntityTypeBuilder<Bundle> e)
    {
        e.HasIndex(x => x.Code).IsUnique();
        e.Property(x => x.Code).HasMaxLength(64);
        e.Property(x => x.Concurrency).IsConcurrencyToken();
        e.HasMany(x => x.Versions).WithOne().HasForeignKey(v => v.BundleId).OnDelete(DeleteBehavior.Cascade);
        e.Ignore(x => x.Current);
        e.Ignore(x => x.Draft);
    }
}
