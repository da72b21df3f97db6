using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Yiwang.Web.Features.Accounts.Sms;

/// <summary>What an SMS verification code proves when it is entered.</summary>
internal enum SmsPurpose { ProvePhone, ResetPassword, Consent }

/// <summary>
/// 短信验证码: one code sent to an account's phone for one purpose, kept as its keyed hash (the code
/// itself is never stored), valid five minutes, five tries, used once.
/// </summary>
internal sealed class SmsCode
{
    public long Id { get; init; }
    public Guid AccountId { get; init; }
    public SmsPurpose Purpose { get; init; }
    public required string CodeHash { get; init; }
    public DateTimeOffset SentAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public int Attempts { get; set; }
    public DateTimeOffset? UsedAt { get; set; }
}

internal sealed class SmsCodeConfiguration : IEntityTypeConfiguration<SmsCode>
{
    public void Configure(EntityTypeBuilder<SmsCode> e)
    {
        e.Property(c => c.Purpose).HasConversion<string>().HasMaxLength(20);
        e.Property(c => c.CodeHash).HasMaxLength(64);
        e.HasIndex(c => new { c.AccountId, c.Purpose, c.SentAt });
    }
}
