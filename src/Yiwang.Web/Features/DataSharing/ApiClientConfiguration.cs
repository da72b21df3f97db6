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
