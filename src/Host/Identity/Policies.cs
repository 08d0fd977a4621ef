using Microsoft.AspNetCore.Authorization;
using Orchestrator.Domain.Organization;

namespace Orchestrator.Host.Identity;

public static class Policies
{
    public const string Staff = nameof(Staff);
    public const string Administrator = nameof(Administrator);
    public const string ProcessOwner = nameof(ProcessOwner);
    public const string GroupAdministrator = nameof(GroupAdministrator);

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(Staff, policy => policy.RequireAuthenticatedUser().RequireClaim(OrchestratorClaims.CompanyId));
        options.AddPolicy(Administrator, policy => policy.RequireRole(Roles.Administrator));
        options.AddPolicy(GroupAdministrator, policy => policy.RequireRole(Roles.GroupAdministrator));
        options.AddPolicy(ProcessOwner, policy => policy.RequireRole(Roles.ProcessOwner, Roles.Administrator));
    }
}
