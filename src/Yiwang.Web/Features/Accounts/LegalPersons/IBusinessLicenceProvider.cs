using Microsoft.AspNetCore.DataProtection;

namespace Yiwang.Web.Features.Accounts.LegalPersons;

/// <summary>What the 电子营业执照 says: the company and the representative who confirmed with it.</summary>
internal sealed record ProvenBusiness(string CreditCode, string RepresentativeName, string RepresentativeIdNumber);

/// <summary>
/// 电子营业执照 (the national e-business-licence app the legal representative holds): the company
/// account is sent to <see cref="StartUrl"/>, the representative confirms in the app, and the ticket
/// that comes back is redeemed for what the licence proved. Demos and tests use the simulator.
/// </summary>
internal interface IBusinessLicenceProvider
{
    string Name { get; }
    string StartUrl(Guid account, string returnUrl);
    ProvenBusiness? Redeem(string? ticket, Guid account);
}

/// <summary>电子营业执照（模拟）: its page (/idp/business-licence) plays the app's confirmation; tickets last five minutes, for one account.</summary>
internal sealed class SimulatedBusinessLicenceProvider(IDataProtectionProvider protection) : IBusinessLicenceProvider
{
    private readonly Common.Hosting.SimulatorTickets<ProvenBusiness> _tickets = new(protection, "yiwang.business-licence-simulator");

    public string Name => "电子营业执照（模拟）";

    public string StartUrl(Guid account, string returnUrl) => $"/idp/business-licence?returnUrl={Uri.EscapeDataString(returnUrl)}";

    public string Issue(Guid account, string creditCode, string representativeName, string representativeIdNumber) =>
        _tickets.Issue(account, new ProvenBusiness(creditCode.Trim().ToUpperInvariant(), representativeName.Trim(), Common.Identity.ResidentIdNumber.Normalize(representativeIdNumber)));

    public ProvenBusiness? Redeem(string? ticket, Guid account) => _tickets.Redeem(ticket, account);
}
