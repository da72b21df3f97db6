using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yiwang.Web.Features.Accounts.LegalPersons;

/// <summary>EF mapping of <see cref="AgentGrant"/>.</summary>
internal sealed class AgentGrantConfiguration : IEntityTypeConfiguration<AgentGrant>
{
    public void Configure(EntityTypeBuilder<AgentGrant> e)
    {
        e.HasIndex(g => new { g.CompanyAccountId, g.AgentAccountId });
        e.HasIndex(g => g.AgentAccountId);
        e.Property(g => g.ItemCode).HasMaxLength(64);
        e.Property(g => g.GrantedBy).HasMaxLength(64);
        e.Property(g => g.RevokedBy).HasMaxLength(64);
    }
}
