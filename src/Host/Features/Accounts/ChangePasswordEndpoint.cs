using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Orchestrator.Host.Identity;

namespace Orchestrator.Host.Features.Accounts;

/// <summary>The form of <c>ChangePasswordPage</c>: on success the user is signed in with the new password.</summary>
internal static class ChangePasswordEndpoint
{
    public const string Path = "/account/change-password";

    public static IEndpointRouteBuilder MapChangePassword(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, ChangeAsync).AllowAnonymous().ExcludeFromDescription().RequireRateLimiting(AccountRateLimits.SignIn);
        return app;
    }

    private static async Task<IResult> ChangeAsync(
        [FromForm] string userName, [FromForm] string currentPassword, [FromForm] string newPassword, [FromForm] string? returnUrl,
        ChangePasswordAtSignIn command, SignInManager<ApplicationUser> signIn)
    {
        var outcome = await command.RunAsync(userName, currentPassword, newPassword);
        var target = LocalUrl.OrHome(returnUrl);
        if (outcome.User is null)
        {
            var reasons = Uri.EscapeDataString(string.Join(" ", outcome.Errors));
            return Results.LocalRedirect($"{Path}?userName={Uri.EscapeDataString(userName)}&returnUrl={Uri.EscapeDataString(target)}&error={reasons}");
        }
        await signIn.SignInAsync(outcome.User, isPersistent: true);
        return Results.LocalRedirect(target);
    }
}

/// <summary>Only paths on this site are followed after sign-in.</summary>
internal static class LocalUrl
{
    public static string OrHome(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//") && !url.StartsWith("/\\") ? url : "/";
}
