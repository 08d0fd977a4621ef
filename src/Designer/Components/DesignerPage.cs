using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Orchestrator.Designer.Access;
using Orchestrator.Designer.Drafts;
using Orchestrator.Designer.Resources;

namespace Orchestrator.Designer.Components;

/// <summary>What every designer page needs: the signed-in user, and refusals shown as sentences, not errors.</summary>
public abstract class DesignerPage : ComponentBase
{
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = default!;
    [Inject] protected ISnackbar Snackbar { get; set; } = default!;
    [Inject] protected IStringLocalizer<DesignerResource> Text { get; set; } = default!;

    protected DesignerUser CurrentUser { get; private set; } = null!;

    protected override async Task OnInitializedAsync()
    {
        CurrentUser = DesignerUser.From((await AuthenticationState).User);
        await LoadAsync();
    }

    protected abstract Task LoadAsync();

    /// <summary>Runs a lifecycle step; a rule it breaks becomes a message to the user.</summary>
    protected async Task<bool> TryAsync(Func<Task> step, string? success = null)
    {
        try
        {
            await step();
            if (success is not null) Snackbar.Add(success, Severity.Success);
            return true;
        }
        catch (DraftRuleException e)
        {
            Snackbar.Add(Text[$"Rule_{e.Rule}"], Severity.Error);
        }
        catch (UnauthorizedAccessException)
        {
            Snackbar.Add(Text["NotAllowed"], Severity.Error);
        }
        return false;
    }
}
