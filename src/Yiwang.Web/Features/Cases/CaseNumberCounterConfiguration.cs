using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yiwang.Web.Features.Cases;

/// <summary>EF mapping of <see cref="CaseNumberCounter"/>.</summary>
internal sealed class CaseNumberCounterConfiguration : IEntityTypeConfiguration<CaseNumberCounter>
{
    public void Configure(EntityTypeBuilder<CaseNumberCounter> e)
    {
        e.ToTable("CaseNumberCounters");
        e.HasKey(c => c.Day);
        e.Property(c => c.Day).HasMaxLength(8);
    }
}
