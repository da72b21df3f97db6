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

/// <summary>EF mapping of <see cref="Division"/>.</summary>
internal sealed class DivisionConfiguration : IEntityTypeConfiguration<Division>
{
    public void Configure(EntityTypeBuilder<Division> e)
    {
        e.HasKey(d => d.Code);
        e.Property(d => d.Code).HasMaxLength(12);
        e.Property(d => d.Name).HasMaxLength(100);
        e.Property(d => d.Level).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(d => d.ParentCode);
    }
}
