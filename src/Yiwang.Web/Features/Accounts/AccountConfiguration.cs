using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Calendar;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.Organization;

namespace Yiwang.Web.Features.Accounts;

/// <summary>EF mapping of <see cref="Account"/>.</summary>
internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> e)
    {
        e.Property(a => a.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(a => a.DisplayName).HasMaxLength(200);
        e.Property(a => a.IdNumber).HasMaxLength(200);
        e.Property(a => a.IdNumberIndex).HasMaxLength(64);
        e.HasIndex(a => a.IdNumberIndex);
        e.Property(a => a.Phone).HasMaxLength(200);
        e.Property(a => a.CreditCode).HasMaxLength(18);
        e.HasIndex(a => a.CreditCode);
    }
}
