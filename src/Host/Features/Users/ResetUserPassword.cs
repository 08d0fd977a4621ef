using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Resources;

namespace Orchestrator.Host.Features.Users;

/// <summary>
/// An administrator gives a user a temporary password: the account is unlocked, every cookie and token issued
/// before is refused (new security stamp), and the user must choose their own password at the next sign-in.
/// </summary>
public sealed class ResetUserPassword(UserManager<ApplicationUser> users, IStringLocalizer<SharedResource> l)
{
    public async Task<AccountChange> RunAsync(ClaimsPrincipal caller, string userId, string temporaryPassword)
    {
        var (user, refusal) = await AdministeredAccounts.FindAsync(users, caller, userId, l);
        if (user is null) return refusal!;
        if (string.IsNullOrEmpty(temporaryPassword)) return AccountChange.Invalid(l["Refusal_TemporaryPasswordMissing"]);
        foreach (var validator in users.PasswordValidators)
        {
            var valid = await validator.ValidateAsync(users, user, temporaryPassword);
            if (!valid.Succeeded) return AdministeredAccounts.From(valid);
        }
        user.PasswordHash = users.PasswordHasher.HashPassword(user, temporaryPassword);
        user.MustChangePassword = true;
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        var saved = await users.UpdateAsync(user);
        return saved.Succeeded ? AdministeredAccounts.From(await users.UpdateSecurityStampAsync(user)) : AdministeredAccounts.From(saved);
    }
}
