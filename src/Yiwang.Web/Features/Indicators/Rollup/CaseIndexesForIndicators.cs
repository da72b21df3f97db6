using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yiwang.Web.Features.Cases;

namespace Yiwang.Web.Features.Indicators.Rollup;

/// <summary>The indexes the daily figures read <see cref="Case"/> by.</summary>
internal sealed class CaseIndexesForIndicators : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> e)
    {
        // The live part of a figure (today, or a day not rolled up yet) reads cases by the day of each
        // step; the indexes carry what is counted, so counting a busy day never reads the case rows.
        e.HasIndex(c => new { c.SubmittedAt, c.DepartmentId, c.ItemCode, c.MaterialsRequired, c.MaterialsDrawn }).HasFilter("\"SubmittedAt\" IS NOT NULL");
        e.HasIndex(c => new { c.AcceptedAt, c.DepartmentId, c.ItemCode }).HasFilter("\"AcceptedAt\" IS NOT NULL");
        e.HasIndex(c => new { c.DecidedAt, c.DepartmentId, c.ItemCode }).HasFilter("\"DecidedAt\" IS NOT NULL");
        e.HasIndex(c => new { c.ClosedAt, c.DepartmentId, c.ItemCode, c.Trips }).HasFilter("\"ClosedAt\" IS NOT NULL");
        // Hall, window and staff scopes are counted live from their own cases.
        e.HasIndex(c => c.AcceptedHallId).HasFilter("\"AcceptedHallId\" IS NOT NULL");
        e.HasIndex(c => c.AcceptedWindowId).HasFilter("\"AcceptedWindowId\" IS NOT NULL");
        e.HasIndex(c => c.AcceptedBy).HasFilter("\"AcceptedBy\" IS NOT NULL");
        e.HasIndex(c => c.DecidedBy).HasFilter("\"DecidedBy\" IS NOT NULL");
        e.Property(c => c.AcceptedBy).HasMaxLength(100);
        e.Property(c => c.DecidedBy).HasMaxLength(100);
    }
}
