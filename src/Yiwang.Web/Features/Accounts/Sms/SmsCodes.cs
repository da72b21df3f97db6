using Microsoft.EntityFrameworkCore;
using Yiwang.Web.Common.Crypto;
using Yiwang.Web.Common.Http;
using Yiwang.Web.Common.Notifications;
using Yiwang.Web.Data;

namespace Yiwang.Web.Features.Accounts.Sms;

/// <summary>
/// Sends and checks 短信验证码 for an account's phone. One code a minute per account and purpose, ten
/// a day; a code is good for five minutes and five tries, then a new one is needed.
/// </summary>
internal sealed class SmsCodes(YiwangDb db, UnitOfWork unitOfWork, INotificationSender sms, PersonalDataProtector protector, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(60);
    private const int MaxTries = 5, MaxPerDay = 10;

    /// <summary>Sends a new code to the account's phone (refused within a minute of the last one).</summary>
    public async Task<Outcome<DateTimeOffset>> SendAsync(Account account, SmsPurpose purpose, string use, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(account.Phone)) return Outcome<DateTimeOffset>.Invalid("phone", "账号没有登记手机号码，请到窗口办理");
        var now = clock.GetUtcNow();
        var recent = await db.Set<SmsCode>().Where(c => c.AccountId == account.Id && c.SentAt > now.AddDays(-1)).Select(c => new { c.SentAt, c.Purpose }).ToListAsync(ct);
        if (recent.Any(c => c.Purpose == purpose && c.SentAt > now - Interval)) return Outcome<DateTimeOffset>.Invalid("code", "验证码已发送，请60秒后再获取");
        if (recent.Count >= MaxPerDay) return Outcome<DateTimeOffset>.Invalid("code", "今日获取验证码次数已达上限，请明天再试或到窗口办理");
        var code = System.Security.Cryptography.RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        db.Add(new SmsCode { AccountId = account.Id, Purpose = purpose, CodeHash = Hash(account.Id, purpose, code), SentAt = now, ExpiresAt = now + Lifetime });
        await unitOfWork.CommitAsync(ct);
        await sms.SendAsync(account.Phone, "验证码", $"【张家界市政务服务网】验证码 {code}，用于{use}，5分钟内有效。工作人员不会向您索要，请勿告诉他人。", ct, confidential: true);
        return Outcome<DateTimeOffset>.Ok(now + Lifetime);
    }

    /// <summary>Whether <paramref name="code"/> is the account's live code for the purpose; a right code is used up, a wrong one counts a try.</summary>
    public async Task<bool> CheckAsync(Guid account, SmsPurpose purpose, string? code, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var live = await db.Set<SmsCode>().Where(c => c.AccountId == account && c.Purpose == purpose && c.UsedAt == null)
            .OrderByDescending(c => c.SentAt).FirstOrDefaultAsync(ct);
        if (live is null || live.ExpiresAt <= now || live.Attempts >= MaxTries) return false;
        var right = code is not null && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(Hash(account, purpose, code.Trim())), System.Text.Encoding.ASCII.GetBytes(live.CodeHash));
        if (right) live.UsedAt = now; else live.Attempts++;
        await unitOfWork.CommitAsync(ct);
        return right;
    }

    private string Hash(Guid account, SmsPurpose purpose, string code) => protector.BlindIndex($"sms:{account:N}:{purpose}:{code}");
}
