using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Orchestrator.Host.Identity;

namespace Orchestrator.Host.Access;

/// <summary>
/// The company scope for pages and the API alike, from the first that knows the user: the operation's
/// signed-in user when a page set one, the HTTP request's user, or the Blazor circuit's user (interactive
/// components often have no HttpContext). Only work with none of these — jobs, start-up — is unrestricted.
/// A user without a company sees nothing.
/// </summary>
public sealed class WorkplaceCompanyScope(SignedInUser signedIn, IHttpContextAccessor accessor, IServiceProvider services) : ICompanyScope
{
    public Guid? CompanyId => (signedIn.Principal ?? RequestUser() ?? CircuitUser()) is { } user
        ? user.CompanyId() ?? Guid.Empty
        : null;

    private ClaimsPrincipal? RequestUser() =>
        accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    private ClaimsPrincipal? CircuitUser()
    {
        if (services.GetService<AuthenticationStateProvider>() is not { } provider) return null;
        Task<AuthenticationState> state;
        try
        {
            state = provider.GetAuthenticationStateAsync();
        }
        catch (InvalidOperationException)
        {
            return null; // not a circuit: no authentication state was ever set in this scope
        }
        if (!state.IsCompletedSuccessfully) return new ClaimsPrincipal(new ClaimsIdentity("pending")); // unknown yet: see nothing
        return state.Result.User is { Identity.IsAuthenticated: true } user ? user : null;
    }
}
