using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Ratings;
using Yiwang.Web.Features.Supervision;

namespace Yiwang.Web.Features.Indicators.Rollup;

/// <summary>EF mapping of <see cref="FigureDay"/>.</summary>
internal sealed class FigureDayConfiguration : IEntityTypeConfiguration<FigureDay>
{
    public void Configure(EntityTypeBuilder<FigureDay> e)
    {
        e.HasKey(d => d.Day);
    }
}
