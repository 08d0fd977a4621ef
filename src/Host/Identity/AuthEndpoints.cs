using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Orchestrator.Host.Features.Accounts;
using Orchestrator.Host.Resources;

namespace Orchestrator.Host.Identity;

public static class AuthEndpoints
{
    public sealed record TokenRequest(string UserName, string Password);

    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/token", IssueBearerToken).AllowAnonymous().WithTags("Auth").DisableAntiforgery().RequireRateLimiting(AccountRateLimits.SignIn);
        app.MapPost("/account/login", SignInWithCookie).AllowAnonymous().ExcludeFromDescription().RequireRateLimiting(AccountRateLimits.SignIn);
        app.MapPost("/account/logout", SignOut).ExcludeFromDescription();
        app.MapGet("/culture/{culture}", Localization.CultureSwitch.Apply).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    /// <summary>API clients (online hall, hotline system, payment channels) exchange credentials for a bearer token.</summary>
    private static async Task<IResult> IssueBearerToken(TokenRequest request, SignInManager<ApplicationUser> signIn, IStringLocalizer<SharedResource> l)
    {
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(request.UserName, request.Password, isPersistent: false, lockoutOnFailure: true);
        if (result is PasswordChangeRequired)
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: l["Refusal_PasswordResetPending"]);
        return result.Succeeded
            ? Results.Empty // the bearer handler has written the token response
            : Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: l["Refusal_CredentialsWrong"]);
    }

    private static async Task<IResult> SignInWithCookie(
        [FromForm] string userName, [FromForm] string password, [FromForm] string? returnUrl, SignInManager<ApplicationUser> signIn)
    {
        var result = await signIn.PasswordSignInAsync(userName, password, isPersistent: true, lockoutOnFailure: true);
        var target = IsLocal(returnUrl) ? returnUrl! : "/";
        if (result is PasswordChangeRequired)
            return Results.LocalRedirect($"{ChangePasswordEndpoint.Path}?userName={Uri.EscapeDataString(userName)}&returnUrl={Uri.EscapeDataString(target)}");
        return result.Succeeded
            ? Results.LocalRedirect(target)
            : Results.LocalRedirect($"/account/login?failed=1&returnUrl={Uri.EscapeDataString(target)}");
    }

    private static async Task<IResult> SignOut(SignInManager<ApplicationUser> signIn)
    {
        await signIn.SignOutAsync();
        return Results.LocalRedirect("/account/login");
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\");
}
