using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yiwang.Web.Features.Calendar;

/// <summary>EF mapping of <see cref="CalendarDay"/>.</summary>
internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> e)
    {
        e.HasKey(d => d.Date);
        e.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
        e.Property(d => d.Name).HasMaxLength(50);
    }
}
