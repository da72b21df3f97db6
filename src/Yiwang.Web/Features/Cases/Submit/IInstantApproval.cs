namespace Yiwang.Web.Features.Cases.Submit;

/// <summary>
/// 秒批 (智能自动审批): once an online application is submitted, the item's rule is checked against the
/// application and the facts the platform trusts; when it holds the system accepts and grants within
/// the request. Implemented where the applicant's facts are read (the policies' rule base).
/// </summary>
internal interface IInstantApproval
{
    /// <summary>The case after the comparison: granted by the system, or left to ordinary handling with the reason on its timeline; null when nothing was compared.</summary>
    Task<Case?> TryAsync(string number, CancellationToken ct);
}
