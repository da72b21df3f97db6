using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yiwang.Web.Features.Calendar;

/// <summary>EF mapping of <see cref="CalendarYear"/>.</summary>
internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    public void Configure(EntityTypeBuilder<CalendarYear> e)
    {
        e.HasKey(y => y.Year);
        e.Property(y => y.Year).ValueGeneratedNever();
        e.Property(y => y.Notice).HasMaxLength(200);
        e.Property(y => y.LoadedBy).HasMaxLength(100);
        e.HasMany(y => y.Days).WithOne().HasForeignKey(d => d.Year).OnDelete(DeleteBehavior.Cascade);
    }
}
