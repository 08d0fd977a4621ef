using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Resources;

namespace Orchestrator.Host.Features.Accounts;

/// <summary>
/// `POST /api/auth/refresh {"refreshToken":"…"}`: a new access token for a refresh token the token endpoint issued,
/// as long as the account is still allowed in (same security stamp, not disabled, not locked out).
/// </summary>
internal static class RefreshTokenEndpoint
{
    public sealed record RefreshRequest(string RefreshToken);

    public static IEndpointRouteBuilder MapRefreshToken(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/refresh", RefreshAsync).AllowAnonymous().WithTags("Auth").DisableAntiforgery()
            .RequireRateLimiting(AccountRateLimits.SignIn);
        return app;
    }

    private static async Task<IResult> RefreshAsync(
        RefreshRequest request, IOptionsMonitor<BearerTokenOptions> bearer, SignInManager<ApplicationUser> signIn, TimeProvider clock,
        IStringLocalizer<SharedResource> l)
    {
        var ticket = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken ?? "");
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
        {
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: l["Refusal_RefreshTokenInvalid"]);
        }
        var principal = await signIn.CreateUserPrincipalAsync(user);
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }
}
