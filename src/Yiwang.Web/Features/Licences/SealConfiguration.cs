using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yiwang.Web.Features.Licences;

/// <summary>EF mapping of <see cref="Seal"/>.</summary>
internal sealed class SealConfiguration : IEntityTypeConfiguration<Seal>
{
    public void Configure(EntityTypeBuilder<Seal> e)
    {
        e.HasIndex(s => s.DepartmentId).IsUnique();
        e.Property(s => s.Name).HasMaxLength(200);
        e.Property(s => s.EncryptedPrivateKey).HasMaxLength(400);
        e.HasOne<Organization.Department>().WithMany().HasForeignKey(s => s.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
