using System.Security.Claims;

namespace Yiwang.Web.Features.Cases.Read;

/// <summary>
/// A panel a feature above Cases adds to the case page (the 好差评 of a decided case, …): the page
/// knows none of them, it renders what each registered panel gives for this case and user, in
/// <see cref="Order"/>. Panels load one after another, on the page's own context.
/// </summary>
internal interface ICasePanel
{
    int Order { get; }

    /// <summary>The component and its parameters for this case and user; null when the panel has nothing to show.</summary>
    Task<CasePanelContent?> LoadAsync(CaseView view, ClaimsPrincipal user, CancellationToken ct);
}

/// <summary>A panel ready to render: its component type and parameters.</summary>
internal sealed record CasePanelContent(Type Component, IDictionary<string, object?> Parameters);
