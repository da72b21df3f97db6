using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Yiwang.Web.Common.Rules;

namespace Yiwang.Web.Features.Policies.Instant;

/// <summary>
/// 秒批: how the system compared one online application with its item's rule, once: granted (and
/// whether drawn for the human review of a share of automatic grants) or left to ordinary handling
/// with the reasons, and the trace either way. One per case (a unique key).
/// </summary>
internal sealed class InstantDecision
{
    public long Id { get; init; }
    public required string CaseNumber { get; init; }
    public required string ItemCode { get; init; }
    public required string ItemName { get; init; }
    public int DepartmentId { get; init; }
    public required string ApplicantName { get; init; }
    public bool Granted { get; init; }
    /// <summary>Why it was not granted ("；"-joined), empty when granted.</summary>
    public required string Reasons { get; init; }
    public required string TraceJson { get; init; }
    public DateTimeOffset DecidedAt { get; init; }
    /// <summary>抽查复核: drawn for a person to review after the grant.</summary>
    public bool ForReview { get; init; }
    public string? ReviewedBy { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    /// <summary>复核结论: true 无误, false 有误.</summary>
    public bool? ReviewCorrect { get; private set; }
    public string? ReviewNote { get; private set; }

    public InstantTrace Trace => JsonSerializer.Deserialize<InstantTrace>(TraceJson, Json)!;

    public static string Write(InstantTrace trace) => JsonSerializer.Serialize(trace, Json);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Review(string reviewer, bool correct, string? note, DateTimeOffset at) =>
        (ReviewedBy, ReviewCorrect, ReviewNote, ReviewedAt) = (reviewer, correct, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), at);
}

/// <summary>
/// The comparison in full: the item version and its rule, the materials' trust, every sub-condition as
/// checked, and every fact read with its source and as-of date.
/// </summary>
internal sealed record InstantTrace(string ItemCode, int VersionNo, string Rule, DateOnly On, bool Granted, IReadOnlyList<string> Problems,
    IReadOnlyList<RuleCheck> Checks, IReadOnlyList<FactUsed> Facts);

/// <summary>EF mapping of <see cref="InstantDecision"/>.</summary>
internal sealed class InstantDecisionConfiguration : IEntityTypeConfiguration<InstantDecision>
{
    public void Configure(EntityTypeBuilder<InstantDecision> e)
    {
        e.HasIndex(x => x.CaseNumber).IsUnique();
        e.HasIndex(x => new { x.DepartmentId, x.DecidedAt });
        e.Property(x => x.CaseNumber).HasMaxLength(32);
        e.Property(x => x.ItemCode).HasMaxLength(64);
        e.Property(x => x.ItemName).HasMaxLength(200);
        e.Property(x => x.ApplicantName).HasMaxLength(200);
        e.Property(x => x.Reasons).HasMaxLength(4000);
        e.Property(x => x.ReviewedBy).HasMaxLength(64);
        e.Property(x => x.ReviewNote).HasMaxLength(1000);
    }
}
