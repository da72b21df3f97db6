using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Accounts;
using Yiwang.Web.Features.Calendar;
using Yiwang.Web.Features.Cases;
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
