using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yiwang.Web.Features.Organization;

/// <summary>EF mapping of <see cref="Department"/>.</summary>
internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> e)
    {
        e.HasIndex(d => d.Code).IsUnique();
        e.Property(d => d.Code).HasMaxLength(32);
        e.Property(d => d.Name).HasMaxLength(100);
        e.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        e.HasOne<Department>().WithMany().HasForeignKey(d => d.ParentId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Division>().WithMany().HasForeignKey(d => d.DivisionCode).OnDelete(DeleteBehavior.Restrict);
    }
}
