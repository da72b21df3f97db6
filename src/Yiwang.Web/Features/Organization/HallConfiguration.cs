using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

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
