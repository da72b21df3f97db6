using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Ratings;
using Yiwang.Web.Features.Supervision;

namespace Yiwang.Web.Features.Indicators.Rollup;

/// <summary>The indexes the daily figures read <see cref="Rating"/> by.</summary>
internal sealed class RatingIndexesForIndicators : IEntityTypeConfiguration<Rating>
{
    public void Configure(EntityTypeBuilder<Rating> e)
    {
        e.HasIndex(r => r.RatedAt);
    }
}
