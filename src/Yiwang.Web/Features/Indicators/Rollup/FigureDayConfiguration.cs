using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yiwang.Web.Features.Indicators.Rollup;

/// <summary>EF mapping of <see cref="FigureDay"/>.</summary>
internal sealed class FigureDayConfiguration : IEntityTypeConfiguration<FigureDay>
{
    public void Configure(EntityTypeBuilder<FigureDay> e)
    {
        e.HasKey(d => d.Day);
    }
}
