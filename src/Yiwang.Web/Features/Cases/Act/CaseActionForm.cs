using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Yiwang.Web.Features.Cases.Read;

namespace Yiwang.Web.Features.Cases.Act;

/// <summary>
/// One action's form on the case page: it runs its action through <see cref="CaseCommands"/> (the
/// handler the API runs), then reloads the page (post-redirect-get), or hands the refusal to the page.
/// </summary>
public abstract class CaseActionForm : ComponentBase
{
    [Parameter, EditorRequired] public CaseView View { get; set; } = default!;
    [Parameter, EditorRequired] public CaseAbilities Can { get; set; } = default!;
    /// <summary>The action was refused: the page shows why.</summary>
    [Parameter] public EventCallback<string> OnRefused { get; set; }
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = default!;
    [Inject] private CaseCommands Commands { get; set; } = default!;
    [Inject] private NavigationManager Nav { get; set; } = default!;

    private protected async Task RunAsync<T>(ActionDefinition<T> action, T request)
    {
        var outcome = await Commands.RunAsync(View.Number, action, request, (await Auth).User, CancellationToken.None);
        if (outcome.IsOk)
        {
            Nav.NavigateTo($"/cases/{View.Number}"); // a refresh does not repeat the action
            return;
        }
        await OnRefused.InvokeAsync(outcome.Errors.Count > 0 ? string.Join("；", outcome.Errors.SelectMany(e => e.Value)) : outcome.Message);
    }

    protected static List<string> Lines(string? text) => (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
