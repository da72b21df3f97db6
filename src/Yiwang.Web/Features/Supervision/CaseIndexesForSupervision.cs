using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Web.Features.Supervision;

/// <summary>The indexes Supervision read <see cref="Case"/> by.</summary>
internal sealed class CaseIndexesForSupervision : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> e)
    {
        // The sweep reads only the cases whose next check day has come.
        e.HasIndex(c => c.NextCheckOn);
    }
}
