namespace Yiwang.Web.Features.Accounts.LegalPersons;

/// <summary>What the 法人库 says of a credit code, and whether the given person is its legal representative.</summary>
internal sealed record LegalEntityListing(string Name, string RepresentativeName, bool RepresentedBy);

/// <summary>
/// The 法人库 as the claim of a legal-person account needs it: a yes or no on the representative
/// (by the keyed hash of the ID number), logged as a read under the organisation.
/// </summary>
internal interface ILegalEntityRegister
{
    /// <summary>Null when the 法人库 holds no such credit code.</summary>
    Task<LegalEntityListing?> CheckRepresentativeAsync(string accessor, string creditCode, string representativeIdNumber, string purpose, CancellationToken ct);
}
