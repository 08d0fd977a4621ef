using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Orchestrator.Host.Access;

namespace Orchestrator.Host.Components.Shared;

/// <summary>
/// A page of the workplace: knows the signed-in member of staff and runs each query in its own scope for
/// them (<see cref="WorkplaceOperations"/>), so the server filters everything to their company.
/// </summary>
public abstract class WorkplacePage : ComponentBase
{
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    [Inject] protected WorkplaceOperations Operations { get; set; } = default!;

    protected ClaimsPrincipal User { get; private set; } = new();

    protected StaffMember? Staff { get; private set; }

    protected static string Culture => CultureInfo.CurrentUICulture.Name;

    protected static bool IsChinese => Culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    protected override async Task OnInitializedAsync()
    {
        User = (await AuthState).User;
        Staff = await RunAsync(op => op.Get<StaffDirectory>().FindAsync(User));
        if (Staff is not null) await LoadAsync();
    }

    /// <summary>Loads the page's data; called once the member of staff is known.</summary>
    protected virtual Task LoadAsync() => Task.CompletedTask;

    protected async Task<T> RunAsync<T>(Func<WorkplaceOperation, Task<T>> work)
    {
        await using var operation = Operations.Open(User);
        return await work(operation);
    }
}
