using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yiwang.Web.Features.Indicators.Rollup;

/// <summary>EF mapping of <see cref="DailyFigure"/>.</summary>
internal sealed class DailyFigureConfiguration : IEntityTypeConfiguration<DailyFigure>
{
    public void Configure(EntityTypeBuilder<DailyFigure> e)
    {
        e.HasKey(f => new { f.Day, f.DepartmentId, f.ItemCode });
        e.Property(f => f.ItemCode).HasMaxLength(64);
        e.Ignore(f => f.Counts);
    }
}
