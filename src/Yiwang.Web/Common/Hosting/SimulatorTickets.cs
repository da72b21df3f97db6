using Microsoft.AspNetCore.DataProtection;

namespace Yiwang.Web.Common.Hosting;

/// <summary>
/// The tickets a simulated outside provider (统一身份认证, 电子营业执照) hands back: what it proved, for
/// one account, protected with the data-protection keys and good for five minutes.
/// </summary>
internal sealed class SimulatorTickets<T>(IDataProtectionProvider protection, string purpose) where T : class
{
    private readonly ITimeLimitedDataProtector _tickets = protection.CreateProtector(purpose).ToTimeLimitedDataProtector();

    public string Issue(Guid account, T proven) =>
        _tickets.Protect(System.Text.Json.JsonSerializer.Serialize(new Ticket(account, proven)), TimeSpan.FromMinutes(5));

    /// <summary>What the ticket asserts for <paramref name="account"/>; null when forged, expired or someone else's.</summary>
    public T? Redeem(string? ticket, Guid account)
    {
        if (string.IsNullOrEmpty(ticket)) return null;
        try
        {
            var t = System.Text.Json.JsonSerializer.Deserialize<Ticket>(_tickets.Unprotect(ticket, out _));
            return t is not null && t.Account == account ? t.Proven : null;
        }
        catch (System.Security.Cryptography.CryptographicException) { return null; }
        catch (System.Text.Json.JsonException) { return null; }
        catch (FormatException) { return null; }
    }

    private sealed record Ticket(Guid Account, T Proven);
}
