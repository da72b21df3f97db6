using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Ratings;
using Yiwang.Web.Features.Supervision;

namespace Yiwang.Web.Features.Indicators.Rollup;

/// <summary>The indexes the daily figures read <see cref="Card"/> by.</summary>
internal sealed class CardIndexesForIndicators : IEntityTypeConfiguration<Card>
{
    public void Configure(EntityTypeBuilder<Card> e)
    {
        e.HasIndex(k => k.RaisedOn);
    }
}
