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
using Yiwang.Web.Features.Catalog;

namespace Yiwang.Web.Features.Organization;

/// <summary>EF mapping of <see cref="Department"/>.</summary>
internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> e)
    {
        e.HasIndex(d => d.Code).IsUnique();
        e.Property(d => d.Code).HasMaxLength(32);
        e.Property(d => d.Name).HasMaxLength(100);
        e.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        e.HasOne<Department>().WithMany().HasForeignKey(d => d.ParentId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Division>().WithMany().HasForeignKey(d => d.DivisionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
