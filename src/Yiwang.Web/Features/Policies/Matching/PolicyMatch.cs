using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yiwang.Web.Features.Policies.Matching;

/// <summary>
/// 政策找人: a firm found eligible for a clause (or one condition short of it: a near miss) for a period,
/// with the trace of the evaluation that found it. One row per firm, clause and period (a unique key):
/// the firm is told once, when it first qualifies.
/// </summary>
internal sealed class PolicyMatch
{
    public long Id { get; init; }
    public required string CreditCode { get; init; }
    public required string FirmName { get; set; }
    public required string PolicyCode { get; init; }
    public required string ClauseKey { get; init; }
    /// <summary>The year it is for ("2026"), or "once" for a clause a firm may get once.</summary>
    public required string Period { get; init; }
    public int VersionNo { get; set; }
    public RedemptionMode Mode { get; set; }
    public int DepartmentId { get; set; }
    public bool Eligible { get; set; }
    /// <summary>Not eligible, failing exactly one condition (shown as 差一点).</summary>
    public bool NearMiss { get; set; }
    public long? AmountFen { get; set; }
    public required string TraceJson { get; set; }
    public DateTimeOffset FoundAt { get; init; }
    public DateTimeOffset CheckedAt { get; set; }
    /// <summary>When the firm was told it qualifies (once).</summary>
    public DateTimeOffset? NotifiedAt { get; set; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public ClauseTrace Trace => Read(TraceJson);

    public static ClauseTrace Read(string json) => JsonSerializer.Deserialize<ClauseTrace>(json, Json)!;

    public static string Write(ClauseTrace trace) => JsonSerializer.Serialize(trace, Json);

    /// <summary>
    /// Whether a new check found what this row holds: the same clause version, finding and amount on the
    /// same facts (the day of the check aside), so its trace need not be written again.
    /// </summary>
    public bool Unchanged(string firmName, int versionNo, bool eligible, bool nearMiss, ClauseTrace trace)
    {
        if (FirmName != firmName || VersionNo != versionNo || Eligible != eligible || NearMiss != nearMiss || AmountFen != trace.AmountFen) return false;
        static IEnumerable<FactUsed> Firm(ClauseTrace t) => t.Facts.Where(f => f.Key != "today");
        var stored = Trace;
        return Firm(stored).Select(f => (f.Key, f.Value, f.Source)).SequenceEqual(Firm(trace).Select(f => (f.Key, f.Value, f.Source)))
            && stored.Checks.Select(c => c.Held).SequenceEqual(trace.Checks.Select(c => c.Held));
    }

    public static string PeriodOf(PolicyClause clause, DateOnly on) => clause.Period == ClausePeriod.Once ? "once" : on.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>EF mapping of <see cref="PolicyMatch"/>.</summary>
internal sealed class PolicyMatchConfiguration : IEntityTypeConfiguration<PolicyMatch>
{
    public void Configure(EntityTypeBuilder<PolicyMatch> e)
    {
        e.HasIndex(m => new { m.CreditCode, m.PolicyCode, m.ClauseKey, m.Period }).IsUnique();
        e.HasIndex(m => new { m.PolicyCode, m.Eligible });
        e.Property(m => m.CreditCode).HasMaxLength(18);
        e.Property(m => m.FirmName).HasMaxLength(200);
        e.Property(m => m.PolicyCode).HasMaxLength(64);
        e.Property(m => m.ClauseKey).HasMaxLength(40);
        e.Property(m => m.Period).HasMaxLength(8);
        e.Property(m => m.Mode).HasConversion<string>().HasMaxLength(20);
    }
}
