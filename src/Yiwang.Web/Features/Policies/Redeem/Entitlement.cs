using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yiwang.Web.Features.Policies.Redeem;

/// <summary>免申即享 in three steps (数据比对 → 意愿确认 → 拨付到账): 待审核, then 待确认 or 已排除, then 已确认 or 已放弃, then 已拨付.</summary>
internal enum EntitlementState { Proposed, Excluded, Offered, Confirmed, Declined, Paid }

/// <summary>
/// 兑现记录: one firm's benefit under one clause for one period, found by the data (免申即享). A firm
/// never has two for the same clause and period: the database's unique key says so, not a check in code.
/// </summary>
internal sealed class Entitlement
{
    public long Id { get; init; }
    public required string Number { get; init; }
    public long BatchId { get; init; }
    public required string CreditCode { get; init; }
    public required string FirmName { get; init; }
    public required string PolicyCode { get; init; }
    public int VersionNo { get; init; }
    public required string PolicyTitle { get; init; }
    public required string ClauseKey { get; init; }
    public required string ClauseTitle { get; init; }
    public required string Period { get; init; }
    public int DepartmentId { get; init; }
    public int PromisedDays { get; init; }
    /// <summary>The amount the data gave (fen).</summary>
    public long? AmountFen { get; init; }
    public required string TraceJson { get; init; }
    public EntitlementState State { get; private set; }
    public DateTimeOffset CreatedAt { get; init; }
    public string? ExcludedReason { get; private set; }
    public string? ReviewedBy { get; private set; }
    public DateTimeOffset? OfferedAt { get; private set; }
    /// <summary>When the firm confirmed: the promised 兑现 limit runs from here.</summary>
    public DateTimeOffset? ConfirmedAt { get; private set; }
    public DateOnly? PayBy { get; private set; }
    public string? ConfirmedBy { get; private set; }
    public string? BankName { get; private set; }
    /// <summary>收款账号 (SM4-encrypted at rest, shown masked).</summary>
    [Common.Crypto.EncryptedAtRest]
    public string? BankAccount { get; private set; }
    public string? DeclinedReason { get; private set; }
    public long? PaidFen { get; private set; }
    public DateOnly? PaidOn { get; private set; }
    public string? Voucher { get; private set; }
    public string? PaidBy { get; private set; }
    public Guid Concurrency { get; private set; } = Guid.NewGuid();

    public ClauseTrace Trace => Matching.PolicyMatch.Read(TraceJson);

    private void Require(params EntitlementState[] states)
    {
        if (!states.Contains(State)) throw new Cases.CaseTransitionException($"该兑现记录当前为“{State.Label()}”，不能这样办理");
        Concurrency = Guid.NewGuid();
    }

    public void Exclude(string reason, string by)
    {
        Require(EntitlementState.Proposed);
        (State, ExcludedReason, ReviewedBy) = (EntitlementState.Excluded, reason, by);
    }

    public void Offer(string by, DateTimeOffset at)
    {
        Require(EntitlementState.Proposed);
        (State, ReviewedBy, OfferedAt) = (EntitlementState.Offered, by, at);
    }

    public void Confirm(string by, string bankName, string bankAccount, DateTimeOffset at, DateOnly payBy)
    {
        Require(EntitlementState.Offered);
        (State, ConfirmedBy, BankName, BankAccount, ConfirmedAt, PayBy) = (EntitlementState.Confirmed, by, bankName, bankAccount, at, payBy);
    }

    public void Decline(string by, string? reason)
    {
        Require(EntitlementState.Offered);
        (State, ConfirmedBy, DeclinedReason) = (EntitlementState.Declined, by, reason);
    }

    public void Pay(long fen, DateOnly on, string voucher, string by)
    {
        Require(EntitlementState.Confirmed);
        (State, PaidFen, PaidOn, Voucher, PaidBy) = (EntitlementState.Paid, fen, on, voucher, by);
    }
}

/// <summary>One run's 免申即享 entitlements of one clause, reviewed by its department as a whole (each firm's trace in view).</summary>
internal sealed class EntitlementBatch
{
    public long Id { get; init; }
    public required string PolicyCode { get; init; }
    public required string ClauseKey { get; init; }
    public required string Title { get; init; }
    public required string Period { get; init; }
    public int DepartmentId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ReleasedAt { get; set; }
    public string? ReleasedBy { get; set; }
}

internal static class EntitlementStateNames
{
    public static string Label(this EntitlementState s) => s switch
    {
        EntitlementState.Proposed => "待部门审核", EntitlementState.Excluded => "已排除", EntitlementState.Offered => "待企业确认",
        EntitlementState.Confirmed => "已确认，待拨付", EntitlementState.Declined => "企业已放弃", _ => "已拨付",
    };
}

/// <summary>EF mapping of <see cref="Entitlement"/> and <see cref="EntitlementBatch"/>.</summary>
internal sealed class EntitlementConfiguration : IEntityTypeConfiguration<Entitlement>, IEntityTypeConfiguration<EntitlementBatch>
{
    public void Configure(EntityTypeBuilder<Entitlement> e)
    {
        // The rule of 免申即享: one benefit per firm, clause and period, whatever the code does.
        e.HasIndex(x => new { x.CreditCode, x.PolicyCode, x.ClauseKey, x.Period }).IsUnique();
        e.HasIndex(x => x.Number).IsUnique();
        e.HasIndex(x => new { x.BatchId, x.State });
        e.HasIndex(x => new { x.State, x.PaidOn });
        e.Property(x => x.Number).HasMaxLength(32);
        e.Property(x => x.CreditCode).HasMaxLength(18);
        e.Property(x => x.FirmName).HasMaxLength(200);
        e.Property(x => x.PolicyCode).HasMaxLength(64);
        e.Property(x => x.PolicyTitle).HasMaxLength(200);
        e.Property(x => x.ClauseKey).HasMaxLength(40);
        e.Property(x => x.ClauseTitle).HasMaxLength(200);
        e.Property(x => x.Period).HasMaxLength(8);
        e.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.ExcludedReason).HasMaxLength(500);
        e.Property(x => x.DeclinedReason).HasMaxLength(500);
        e.Property(x => x.ReviewedBy).HasMaxLength(100);
        e.Property(x => x.ConfirmedBy).HasMaxLength(100);
        e.Property(x => x.PaidBy).HasMaxLength(100);
        e.Property(x => x.BankName).HasMaxLength(100);
        e.Property(x => x.BankAccount).HasMaxLength(400);
        e.Property(x => x.Voucher).HasMaxLength(64);
        e.Property(x => x.Concurrency).IsConcurrencyToken();
    }

    public void Configure(EntityTypeBuilder<EntitlementBatch> e)
    {
        e.HasIndex(x => new { x.DepartmentId, x.ReleasedAt });
        e.Property(x => x.PolicyCode).HasMaxLength(64);
        e.Property(x => x.ClauseKey).HasMaxLength(40);
        e.Property(x => x.Title).HasMaxLength(300);
        e.Property(x => x.Period).HasMaxLength(8);
        e.Property(x => x.ReleasedBy).HasMaxLength(100);
    }
}
