using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Orchestrator.Host.Identity;

/// <summary>Puts the user's company, unit and display name into the cookie or bearer token.</summary>
public sealed class OrchestratorClaimsFactory(
    UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(OrchestratorClaims.DisplayName, user.DisplayName));
        if (user.CompanyId is { } company) identity.AddClaim(new Claim(OrchestratorClaims.CompanyId, company.ToString()));
        if (user.UnitId is { } unit) identity.AddClaim(new Claim(OrchestratorClaims.UnitId, unit.ToString()));
        return identity;
    }
}
