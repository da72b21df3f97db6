using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yiwang.Web.Common.Notifications;

/// <summary>EF mapping of <see cref="Message"/>.</summary>
internal sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> e)
    {
        e.HasIndex(m => new { m.AccountId, m.At });
        e.Property(m => m.Title).HasMaxLength(100);
        e.Property(m => m.Body).HasMaxLength(1000);
        e.Property(m => m.CaseNumber).HasMaxLength(32);
    }
}
