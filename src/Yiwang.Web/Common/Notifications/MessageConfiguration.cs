using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Audit;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Accounts;
using Yiwang.Web.Features.Calendar;
using Yiwang.Web.Features.Cases;
using Yiwang.Web.Features.Catalog;
using Yiwang.Web.Features.Organization;

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
