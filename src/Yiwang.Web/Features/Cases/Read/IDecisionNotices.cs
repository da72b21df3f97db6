namespace Yiwang.Web.Features.Cases.Read;

/// <summary>
/// A case's 决定书: the signed document issued with its decision. Licences issues and signs it (with
/// the licence it names), so it provides this (Cases names the need).
/// </summary>
internal interface IDecisionNotices
{
    /// <summary>The decision document in force as a PDF; a missing one or a missing font says why.</summary>
    Task<Common.Http.Outcome<(string FileName, byte[] Pdf)>> RenderAsync(Case c, string baseUrl, CancellationToken ct);
}
