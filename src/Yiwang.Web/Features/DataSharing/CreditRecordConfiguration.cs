using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Auth;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Data;
using Yiwang.Web.Features.Accounts;
using Yiwang.Web.Features.DataSharing.AccessLog;
using Yiwang.Web.Features.DataSharing.Clients;
using Yiwang.Web.Features.DataSharing.Import;
using Yiwang.Web.Features.DataSharing.Share;

namespace Yiwang.Web.Features.DataSharing;

/// <summary>EF mapping of <see cref="CreditRecord"/>.</summary>
internal sealed class CreditRecordConfiguration : IEntityTypeConfiguration<CreditRecord>
{
    public void Configure(EntityTypeBuilder<CreditRecord> e)
    {
        e.HasIndex(c => c.SubjectIndex);
        e.HasIndex(c => c.CreatedAt);
        e.Property(c => c.SubjectName).HasMaxLength(200);
        e.Property(c => c.SubjectId).HasMaxLength(200);
        e.Property(c => c.SubjectIndex).HasMaxLength(64);
        e.Property(c => c.List).HasConversion<string>().HasMaxLength(20);
        e.Property(c => c.Reason).HasMaxLength(500);
        e.Property(c => c.DecidedBy).HasMaxLength(100);
        e.Property(c => c.Source).HasMaxLength(100);
    }
}
