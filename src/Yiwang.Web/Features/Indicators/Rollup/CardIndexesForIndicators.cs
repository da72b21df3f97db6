using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
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
