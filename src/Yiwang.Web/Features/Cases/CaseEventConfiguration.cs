using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yiwang.Web.Features.Cases;

/// <summary>EF mapping of <see cref="CaseEvent"/>.</summary>
internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> e)
    {
        // Append-only: a duplicate sequence (two writers appending to one case) is impossible.
        e.HasIndex(ev => new { ev.CaseId, ev.Sequence }).IsUnique();
        e.Property(ev => ev.Actor).HasMaxLength(100);
        e.Property(ev => ev.Action).HasConversion(a => a.Route(), s => CaseActionNames.Parse(s)).HasMaxLength(40);
        e.Property(ev => ev.From).HasConversion<string>().HasMaxLength(30);
        e.Property(ev => ev.To).HasConversion<string>().HasMaxLength(30);
        e.Property(ev => ev.Place).HasMaxLength(100);
        e.Property(ev => ev.Detail).HasMaxLength(2000);
    }
}
