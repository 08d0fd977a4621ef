using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Resources;

namespace Orchestrator.Host.Features.Accounts;

/// <summary>
/// A user whose password an administrator reset chooses their own: the current (temporary) password proves who they
/// are, failures count towards lockout, and the new one must pass the password rules and differ from the old.
/// </summary>
public sealed class ChangePasswordAtSignIn(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, IStringLocalizer<SharedResource> l)
{
    public sealed record Outcome(ApplicationUser? User, IReadOnlyList<string> Errors);

    public async Task<Outcome> RunAsync(string userName, string currentPassword, string newPassword, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByNameAsync(userName.Trim());
        if (user is null) return Refused(l["Refusal_SignInWrong"]);
        var check = await signIn.CheckPasswordSignInAsync(user, currentPassword, lockoutOnFailure: true);
        if (!check.Succeeded) return Refused(l["Refusal_SignInWrong"]);
        if (newPassword == currentPassword) return Refused(l["Refusal_NewPasswordSame"]);
        var changed = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!changed.Succeeded) return Refused([.. changed.Errors.Select(e => e.Description)]);
        user.MustChangePassword = false;
        var saved = await users.UpdateAsync(user);
        return saved.Succeeded ? new Outcome(user, []) : Refused([.. saved.Errors.Select(e => e.Description)]);
    }

    private static Outcome Refused(params string[] errors) => new(null, errors);
}
