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

/// <summary>EF mapping of <see cref="GeoAddress"/>.</summary>
internal sealed class GeoAddressConfiguration : IEntityTypeConfiguration<GeoAddress>
{
    public void Configure(EntityTypeBuilder<GeoAddress> e)
    {
        e.HasIndex(g => g.Address).IsUnique();
        e.HasIndex(g => g.CreatedAt);
        e.Property(g => g.Address).HasMaxLength(300);
        e.Property(g => g.DivisionCode).HasMaxLength(12);
    }
}
