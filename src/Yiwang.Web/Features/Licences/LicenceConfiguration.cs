using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Licences;

/// <summary>EF mapping of <see cref="Licence"/>.</summary>
internal sealed class LicenceConfiguration : IEntityTypeConfiguration<Licence>
{
    public void Configure(EntityTypeBuilder<Licence> e)
    {
        e.HasIndex(l => l.Number).IsUnique();
        e.HasIndex(l => l.HolderIndex);
        e.HasIndex(l => l.HolderAccountId);
        e.Property(l => l.Id).ValueGeneratedNever();
        e.Property(l => l.Number).HasMaxLength(40);
        e.Property(l => l.TypeCode).HasMaxLength(64);
        e.Property(l => l.TypeName).HasMaxLength(100);
        e.Property(l => l.HolderName).HasMaxLength(200);
        e.Property(l => l.HolderKind).HasConversion<string>().HasMaxLength(20);
        e.Property(l => l.HolderId).HasMaxLength(200);
        e.Property(l => l.HolderIndex).HasMaxLength(64);
        e.Property(l => l.IssuerName).HasMaxLength(100);
        e.Property(l => l.CaseNumber).HasMaxLength(32);
        e.Property(l => l.Signature).HasMaxLength(200);
        e.Property(l => l.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(l => l.StatusReason).HasMaxLength(500);
        e.Property(l => l.Fields).HasJsonConversion();
        e.HasOne<Seal>().WithMany().HasForeignKey(l => l.SealId).OnDelete(DeleteBehavior.Restrict);
    }
}
