using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Resources;

namespace Orchestrator.Host.Features.Users;

/// <summary>
/// Who may change an account: an administrator, and only accounts of their own company (another company's user
/// is answered as not found, never as forbidden, so ids do not leak across companies).
/// </summary>
internal static class AdministeredAccounts
{
    public static async Task<(ApplicationUser? User, AccountChange? Refusal)> FindAsync(
        UserManager<ApplicationUser> users, ClaimsPrincipal caller, string userId, IStringLocalizer<SharedResource> l)
    {
        if (!caller.IsInRole(Roles.Administrator) || caller.CompanyId() is not { } company)
            return (null, AccountChange.Forbidden(l["Refusal_AdministratorOnly"]));
        var user = await users.FindByIdAsync(userId);
        return user is null || user.CompanyId != company ? (null, AccountChange.NotFound(l["Refusal_NoSuchUser"])) : (user, null);
    }

    public static AccountChange From(IdentityResult result) =>
        result.Succeeded ? AccountChange.Done : AccountChange.Invalid([.. result.Errors.Select(e => e.Description)]);
}
