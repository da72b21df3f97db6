using System.Security.Claims;

namespace Yiwang.Web.Features.Cases.Submit;

/// <summary>What an application form is prefilled with from the 法人库 record of a credit code.</summary>
internal sealed record OrganisationFacts(string Name, string Address, string LegalRepresentative);

/// <summary>
/// The 法人库 an application form is prefilled from. DataSharing keeps it and logs every read, so it
/// provides this (Cases names the need and stays below DataSharing).
/// </summary>
internal interface IOrganisationRegister
{
    /// <summary>The reads of one application by this user, for this purpose.</summary>
    OrganisationReads Open(ClaimsPrincipal user, string purpose, CancellationToken ct);
}

/// <summary>
/// Reads for one application: <see cref="Read"/> fetches a credit code's record for the named fields
/// (for <see cref="ApplicationForm.PrefillAsync"/>); <see cref="LogFor"/> gives the 数据访问日志 rows of
/// what was read, naming the case (or 一件事) number, to commit with the application.
/// </summary>
internal sealed record OrganisationReads(Func<string, IReadOnlyList<string>, Task<OrganisationFacts?>> Read, Func<string, IEnumerable<object>> LogFor);
