using Microsoft.AspNetCore.DataProtection;

namespace Yiwang.Web.Features.Accounts.Assurance;

/// <summary>Who an identity provider says a person is, after its own check (刷脸 / CTID).</summary>
internal sealed record ProvenIdentity(string Name, string IdNumber);

/// <summary>
/// The province's unified identity authentication (国家政务服务平台统一身份认证, 刷脸 or CTID网证): the
/// person is sent to <see cref="StartUrl"/>, comes back with a ticket, and the ticket is redeemed for
/// the identity the provider proved. A city registers its provider; demos and tests use the simulator.
/// </summary>
internal interface IIdentityProvider
{
    string Name { get; }
    string StartUrl(Guid account, string returnUrl);
    /// <summary>The identity the ticket asserts for <paramref name="account"/>, or null when it is forged, expired or someone else's.</summary>
    ProvenIdentity? Redeem(string? ticket, Guid account);
}

/// <summary>
/// 统一身份认证（模拟）: its page (/idp/simulator) plays the provider's 刷脸 check and issues a ticket
/// valid five minutes for one account, protected with the data-protection keys. Registered only
/// where the demo city loads, or with Identity:Provider=Simulator.
/// </summary>
internal sealed class SimulatedIdentityProvider(IDataProtectionProvider protection) : IIdentityProvider
{
    private readonly Common.Hosting.SimulatorTickets<ProvenIdentity> _tickets = new(protection, "yiwang.idp-simulator");

    public string Name => "统一身份认证（模拟）";

    public string StartUrl(Guid account, string returnUrl) => $"/idp/simulator?returnUrl={Uri.EscapeDataString(returnUrl)}";

    /// <summary>What the simulator's page issues once its check passed.</summary>
    public string Issue(Guid account, string name, string idNumber) =>
        _tickets.Issue(account, new ProvenIdentity(name.Trim(), Common.Identity.ResidentIdNumber.Normalize(idNumber)));

    public ProvenIdentity? Redeem(string? ticket, Guid account) => _tickets.Redeem(ticket, account);
}
