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

/// <summary>EF mapping of <see cref="Hall"/>.</summary>
internal sealed class HallConfiguration : IEntityTypeConfiguration<Hall>
{
    public void Configure(EntityTypeBuilder<Hall> e)
    {
        e.Property(h => h.Kind).HasConversion<string>().HasMaxLength(30);
        e.HasOne<Division>().WithMany().HasForeignKey(h => h.DivisionCode).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(h => h.Windows).WithOne().HasForeignKey(w => w.HallId);
    }
}
