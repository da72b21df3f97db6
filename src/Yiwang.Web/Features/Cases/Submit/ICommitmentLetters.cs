using System.Security.Claims;
using Yiwang.Web.Features.Catalog;

namespace Yiwang.Web.Features.Cases.Submit;

/// <summary>
/// 告知承诺制 at application: a material the item allows is replaced by a signed 承诺书. Commitments
/// keeps the letters and follows them up after the decision, so it provides this (Cases names the need).
/// </summary>
internal interface ICommitmentLetters
{
    /// <summary>Working days after the decision within which the department checks a promise (事后核查).</summary>
    int CheckWithinWorkingDays { get; }

    /// <summary>The letter's full text, as the applicant reads it before signing.</summary>
    string LetterText(string itemName, string material);

    /// <summary>The named materials must be ones the item lets a commitment replace (field → messages; empty when they are).</summary>
    Dictionary<string, string[]> Check(IReadOnlyList<string>? materials, ServiceGuide guide);

    /// <summary>Why the 信用库 bars this applicant from 告知承诺 (黑名单, a 失信记录 in force), or null.</summary>
    Task<string?> BarredAsync(Guid applicant, CancellationToken ct);

    /// <summary>The letters signed now: what goes in with the case once it is numbered (each letter, its material and audit entry).</summary>
    Func<Case, IEnumerable<object>> Sign(IReadOnlyList<string> materials, ClaimsPrincipal user);
}
