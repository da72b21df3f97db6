using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Organization;

namespace Yiwang.Web.Features.Policies;

/// <summary>EF mapping of <see cref="Policy"/> and <see cref="PolicyVersion"/>.</summary>
internal sealed class PolicyConfiguration : IEntityTypeConfiguration<Policy>, IEntityTypeConfiguration<PolicyVersion>
{
    public void Configure(EntityTypeBuilder<Policy> e)
    {
        e.HasIndex(p => p.Code).IsUnique();
        e.Property(p => p.Code).HasMaxLength(64);
        e.Property(p => p.Concurrency).IsConcurrencyToken();
        e.HasOne<Department>().WithMany().HasForeignKey(p => p.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(p => p.Versions).WithOne().HasForeignKey(v => v.PolicyId).OnDelete(DeleteBehavior.Cascade);
        e.Ignore(p => p.Current);
        e.Ignore(p => p.Draft);
    }

    public void Configure(EntityTypeBuilder<PolicyVersion> e)
    {
        e.HasIndex(v => new { v.PolicyId, v.VersionNo }).IsUnique();
        e.Property(v => v.State).HasConversion<string>().HasMaxLength(20);
        e.Property(v => v.CreatedBy).HasMaxLength(100);
        e.Property(v => v.PublishedBy).HasMaxLength(100);
        e.Property(v => v.Document).HasJsonConversion();
    }
}
