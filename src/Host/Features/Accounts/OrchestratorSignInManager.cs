using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Orchestrator.Host.Identity;

namespace Orchestrator.Host.Features.Accounts;

/// <summary>
/// Identity's sign-in with this installation's rules: a disabled account cannot sign in; a password set by an
/// administrator must be changed first (<see cref="PasswordChangeRequired"/>); an unknown user name costs the same
/// password hash as a known one; and a cookie or token is only honoured while its security stamp is current and
/// the account is neither disabled nor locked out.
/// </summary>
public sealed class OrchestratorSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private static readonly Lazy<string> DummyHash = new(() =>
        new PasswordHasher<ApplicationUser>().HashPassword(new ApplicationUser(), Guid.NewGuid().ToString("N")));

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            // As long as checking a real password takes, so response times do not reveal which user names exist.
            UserManager.PasswordHasher.VerifyHashedPassword(new ApplicationUser(), DummyHash.Value, password);
            return SignInResult.Failed;
        }
        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    public override async Task<bool> CanSignInAsync(ApplicationUser user) => !user.IsDisabled && await base.CanSignInAsync(user);

    protected override Task<SignInResult> SignInOrTwoFactorAsync(ApplicationUser user, bool isPersistent, string? loginProvider = null, bool bypassTwoFactor = false) =>
        user.MustChangePassword
            ? Task.FromResult<SignInResult>(PasswordChangeRequired.Instance)
            : base.SignInOrTwoFactorAsync(user, isPersistent, loginProvider, bypassTwoFactor);

    public override async Task<ApplicationUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        if (user is null || user.IsDisabled || await UserManager.IsLockedOutAsync(user)) return null;
        return user;
    }
}

/// <summary>The password was right but was set by an administrator: the user must choose a new one before signing in.</summary>
public sealed class PasswordChangeRequired : SignInResult
{
    public static readonly PasswordChangeRequired Instance = new();

    private PasswordChangeRequired() => IsNotAllowed = true;
}
