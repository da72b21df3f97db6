namespace Yiwang.Web.Features.Accounts.Assurance;

/// <summary>
/// The 人口库 a real-name check (实名核验) compares a name and ID number with. DataSharing keeps the
/// library and logs every read, so it provides this; Accounts names the need and stays below it.
/// </summary>
internal interface IPopulationRegister
{
    /// <summary>
    /// Whether the library holds a resident with this ID number under exactly this name. Only the
    /// answer leaves the library; the read is on record under <paramref name="accessor"/>, and the
    /// person sees it in their data-use log.
    /// </summary>
    Task<bool> MatchesAsync(string accessor, bool byStaff, string name, string idNumber, string purpose, CancellationToken ct);
}
