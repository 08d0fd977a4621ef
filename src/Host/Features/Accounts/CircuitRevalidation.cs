using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Orchestrator.Host.Identity;

namespace Orchestrator.Host.Features.Accounts;

/// <summary>
/// A Blazor circuit keeps the user it started with for hours; every minute this re-checks that user as the cookie
/// check does (security stamp, disabled, locked out), and a failing check signs the circuit out (pages then show
/// the sign-in redirect).
/// </summary>
internal sealed class CircuitRevalidation(ILoggerFactory logging, IServiceScopeFactory scopes)
    : RevalidatingServerAuthenticationStateProvider(logging)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken cancellationToken)
    {
        if (state.User.Identity?.IsAuthenticated != true) return true;
        await using var scope = scopes.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<ApplicationUser>>();
        return await signIn.ValidateSecurityStampAsync(state.User) is not null;
    }

    /// <summary>For tests and callers that hold a principal: the same check outside a circuit.</summary>
    public Task<bool> IsStillValidAsync(ClaimsPrincipal user) =>
        ValidateAuthenticationStateAsync(new AuthenticationState(user), CancellationToken.None);
}
