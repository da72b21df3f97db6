using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.DataSharing;

/// <summary>EF mapping of <see cref="ApiClient"/>.</summary>
internal sealed class ApiClientConfiguration : IEntityTypeConfiguration<ApiClient>
{
    public void Configure(EntityTypeBuilder<ApiClient> e)
    {
        e.HasIndex(c => c.KeyHash).IsUnique();
        e.Property(c => c.Name).HasMaxLength(100);
        e.Property(c => c.KeyHash).HasMaxLength(64);
        e.Property(c => c.KeyPrefix).HasMaxLength(12);
        e.Property(c => c.CreatedBy).HasMaxLength(100);
        e.Property(c => c.Scopes).HasJsonConversion();
        e.Ignore(c => c.ScopeText);
        e.HasOne<Organization.Department>().WithMany().HasForeignKey(c => c.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
