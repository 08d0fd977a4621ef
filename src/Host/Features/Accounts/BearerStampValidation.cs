using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Orchestrator.Host.Identity;

namespace Orchestrator.Host.Features.Accounts;

/// <summary>
/// The bearer-token handler checks only the token's signature and expiry. This checks, on every request with a
/// bearer token, what the cookie's security-stamp validator checks: the user still exists, the stamp is the one
/// the token was issued with (a password change or reset moves it), and the account is not disabled or locked.
/// A token that fails is treated as no token, so the endpoint answers 401.
/// </summary>
internal static class BearerStampValidation
{
    public static IApplicationBuilder UseBearerStampValidation(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated == true && CarriesBearerToken(context.Request))
        {
            var signIn = context.RequestServices.GetRequiredService<SignInManager<ApplicationUser>>();
            if (await signIn.ValidateSecurityStampAsync(context.User) is null)
                context.User = new ClaimsPrincipal(new ClaimsIdentity());
        }
        await next();
    });

    public static bool CarriesBearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
