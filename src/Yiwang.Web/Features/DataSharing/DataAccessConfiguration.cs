using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yiwang.Web.Features.DataSharing;

/// <summary>EF mapping of <see cref="DataAccess"/>.</summary>
internal sealed class DataAccessConfiguration : IEntityTypeConfiguration<DataAccess>
{
    public void Configure(EntityTypeBuilder<DataAccess> e)
    {
        e.HasIndex(a => new { a.Library, a.At });
        e.HasIndex(a => a.SubjectIndex);
        e.Property(a => a.Library).HasConversion<string>().HasMaxLength(20);
        e.Property(a => a.AccessorKind).HasConversion<string>().HasMaxLength(20);
        e.Property(a => a.Result).HasConversion<string>().HasMaxLength(20);
        e.Property(a => a.Accessor).HasMaxLength(100);
        e.Property(a => a.DepartmentName).HasMaxLength(100);
        e.Property(a => a.SubjectIndex).HasMaxLength(64);
        e.Property(a => a.Subject).HasMaxLength(300);
        e.Property(a => a.Fields).HasMaxLength(300);
        e.Property(a => a.Purpose).HasMaxLength(200);
        e.Property(a => a.CaseNumber).HasMaxLength(32);
        e.Property(a => a.Ip).HasMaxLength(64);
    }
}
