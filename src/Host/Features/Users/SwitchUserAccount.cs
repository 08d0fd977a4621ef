using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Resources;

namespace Orchestrator.Host.Features.Users;

/// <summary>
/// An administrator disables an account (no sign-in; cookies and tokens already issued stop working at once, as
/// the security stamp moves) or enables it again (and lifts a lockout). Administrators cannot disable themselves.
/// </summary>
public sealed class SwitchUserAccount(UserManager<ApplicationUser> users, IStringLocalizer<SharedResource> l)
{
    public async Task<AccountChange> DisableAsync(ClaimsPrincipal caller, string userId)
    {
        var (user, refusal) = await AdministeredAccounts.FindAsync(users, caller, userId, l);
        if (user is null) return refusal!;
        if (user.Id == users.GetUserId(caller)) return AccountChange.Invalid(l["Refusal_DisableSelf"]);
        user.IsDisabled = true;
        var saved = await users.UpdateAsync(user);
        return saved.Succeeded ? AdministeredAccounts.From(await users.UpdateSecurityStampAsync(user)) : AdministeredAccounts.From(saved);
    }

    public async Task<AccountChange> EnableAsync(ClaimsPrincipal caller, string userId)
    {
        var (user, refusal) = await AdministeredAccounts.FindAsync(users, caller, userId, l);
        if (user is null) return refusal!;
        user.IsDisabled = false;
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        return AdministeredAccounts.From(await users.UpdateAsync(user));
    }
}
