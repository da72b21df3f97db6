using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yiwang.Web.Features.Organization;

/// <summary>EF mapping of <see cref="Window"/>.</summary>
internal sealed class WindowConfiguration : IEntityTypeConfiguration<Window>
{
    public void Configure(EntityTypeBuilder<Window> e)
    {
        e.Property(w => w.Kind).HasConversion<string>().HasMaxLength(30);
        e.HasIndex(w => new { w.HallId, w.Number }).IsUnique();
        e.HasOne<Department>().WithMany().HasForeignKey(w => w.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
