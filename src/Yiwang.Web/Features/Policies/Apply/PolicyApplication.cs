using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yiwang.Web.Features.Policies.Apply;

/// <summary>
/// 快申快享: a firm's one application for a clause and period, pre-checked on its facts, and the case it
/// became. One per firm, clause and period (a unique key); a refused or withdrawn case frees the place.
/// </summary>
internal sealed class PolicyApplication
{
    public long Id { get; init; }
    public required string CreditCode { get; init; }
    public required string PolicyCode { get; init; }
    public required string ClauseKey { get; init; }
    public required string Period { get; init; }
    public string? CaseNumber { get; set; }
    public long? AmountFen { get; init; }
    public required string TraceJson { get; init; }
    public DateTimeOffset AppliedAt { get; init; }
}

/// <summary>EF mapping of <see cref="PolicyApplication"/>.</summary>
internal sealed class PolicyApplicationConfiguration : IEntityTypeConfiguration<PolicyApplication>
{
    public void Configure(EntityTypeBuilder<PolicyApplication> e)
    {
        e.HasIndex(x => new { x.CreditCode, x.PolicyCode, x.ClauseKey, x.Period }).IsUnique();
        e.Property(x => x.CreditCode).HasMaxLength(18);
        e.Property(x => x.PolicyCode).HasMaxLength(64);
        e.Property(x => x.ClauseKey).HasMaxLength(40);
        e.Property(x => x.Period).HasMaxLength(8);
        e.Property(x => x.CaseNumber).HasMaxLength(32);
    }
}
