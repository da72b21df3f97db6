using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yiwang.Web.Features.Organization;

namespace Yiwang.Web.Features.Catalog;

/// <summary>EF mapping of <see cref="ServiceItem"/>.</summary>
internal sealed class ServiceItemConfiguration : IEntityTypeConfiguration<ServiceItem>
{
    public void Configure(EntityTypeBuilder<ServiceItem> e)
    {
        e.HasIndex(i => i.Code).IsUnique();
        e.Property(i => i.Code).HasMaxLength(64);
        e.Property(i => i.Concurrency).IsConcurrencyToken();
        e.HasOne<Department>().WithMany().HasForeignKey(i => i.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(i => i.Versions).WithOne().HasForeignKey(v => v.ServiceItemId).OnDelete(DeleteBehavior.Cascade);
        e.Ignore(i => i.Current);
        e.Ignore(i => i.Draft);
    }
}
