using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yiwang.Web.Features.Supervision;

/// <summary>EF mapping of <see cref="SupervisionRules"/>.</summary>
internal sealed class SupervisionRulesConfiguration : IEntityTypeConfiguration<SupervisionRules>
{
    public void Configure(EntityTypeBuilder<SupervisionRules> e)
    {
        e.Property(r => r.Id).ValueGeneratedNever();
        e.Property(r => r.UpdatedBy).HasMaxLength(100);
    }
}
