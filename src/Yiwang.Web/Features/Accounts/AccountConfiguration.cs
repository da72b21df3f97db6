using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

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
        e.Property(a => a.Assurance).HasConversion<string>().HasMaxLength(4);
        e.Property(a => a.AssuredBy).HasMaxLength(200);
    }
}
