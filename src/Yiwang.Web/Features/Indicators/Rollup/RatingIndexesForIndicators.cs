using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yiwang.Web.Features.Ratings;

namespace Yiwang.Web.Features.Indicators.Rollup;

/// <summary>The indexes the daily figures read <see cref="Rating"/> by.</summary>
internal sealed class RatingIndexesForIndicators : IEntityTypeConfiguration<Rating>
{
    public void Configure(EntityTypeBuilder<Rating> e)
    {
        e.HasIndex(r => r.RatedAt);
    }
}
