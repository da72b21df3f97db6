using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Hotline;

/// <summary>诉求分类: a tree (top level and its children), each leaf with the department tickets of it usually go to (派单目录).</summary>
internal sealed class TicketCategory
{
    public required string Code { get; init; }
    public required string Name { get; set; }
    public string? ParentCode { get; init; }
    /// <summary>派单目录: the usual lead department (the agent may choose another).</summary>
    public int? DefaultDepartmentId { get; set; }
    public int Order { get; init; }
}

/// <summary>Last ticket number issued per day (yyyyMMdd).</summary>
internal sealed class TicketNumberCounter
{
    public required string Day { get; init; }
    public int Last { get; set; }
}

/// <summary>EF mapping of the hotline's tables.</summary>
internal sealed class TicketConfiguration : IEntityTypeConfiguration<Ticket>, IEntityTypeConfiguration<TicketEvent>, IEntityTypeConfiguration<TicketCategory>,
    IEntityTypeConfiguration<TicketNumberCounter>
{
    public void Configure(EntityTypeBuilder<Ticket> e)
    {
        e.HasIndex(x => x.Number).IsUnique();
        e.HasIndex(x => new { x.Status, x.Priority, x.ReceivedAt });
        e.HasIndex(x => new { x.LeadDepartmentId, x.Status });
        e.HasIndex(x => x.CallerPhoneIndex);
        e.HasIndex(x => x.CallerAccountId);
        e.Property(x => x.Number).HasMaxLength(32);
        e.Property(x => x.Channel).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Satisfaction).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.CategoryCode).HasMaxLength(16);
        e.Property(x => x.Content).HasMaxLength(4000);
        e.Property(x => x.CallerName).HasMaxLength(100);
        e.Property(x => x.CallerPhone).HasMaxLength(200);
        e.Property(x => x.CallerPhoneIndex).HasMaxLength(80);
        e.Property(x => x.Address).HasMaxLength(300);
        e.Property(x => x.DivisionCode).HasMaxLength(12);
        e.Property(x => x.ItemCode).HasMaxLength(64);
        e.Property(x => x.CaseNumber).HasMaxLength(32);
        e.Property(x => x.SourceNumber).HasMaxLength(64);
        e.Property(x => x.ReceivedBy).HasMaxLength(64);
        e.Property(x => x.RepliedBy).HasMaxLength(64);
        e.Property(x => x.Reply).HasMaxLength(4000);
        e.Property(x => x.ApprovedReply).HasMaxLength(4000);
        e.Property(x => x.PendingExtensionReason).HasMaxLength(500);
        e.Property(x => x.MergedInto).HasMaxLength(32);
        e.Property(x => x.CoDepartmentIds).HasJsonConversion();
        e.Property(x => x.Concurrency).IsConcurrencyToken();
        e.HasMany(x => x.Events).WithOne().HasForeignKey(x => x.TicketId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<TicketEvent> e)
    {
        e.HasIndex(x => new { x.TicketId, x.Sequence }).IsUnique();
        e.Property(x => x.Actor).HasMaxLength(64);
        e.Property(x => x.Action).HasMaxLength(20);
        e.Property(x => x.To).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Detail).HasMaxLength(4000);
    }

    public void Configure(EntityTypeBuilder<TicketCategory> e)
    {
        e.HasKey(x => x.Code);
        e.Property(x => x.Code).HasMaxLength(16);
        e.Property(x => x.Name).HasMaxLength(60);
        e.Property(x => x.ParentCode).HasMaxLength(16);
    }

    public void Configure(EntityTypeBuilder<TicketNumberCounter> e)
    {
        e.HasKey(x => x.Day);
        e.Property(x => x.Day).HasMaxLength(8);
    }
}
