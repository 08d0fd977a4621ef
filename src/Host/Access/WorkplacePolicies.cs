using Microsoft.AspNetCore.Authorization;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Identity;

namespace Orchestrator.Host.Access;

/// <summary>Who may open which workplace page. Every query behind a page is scoped again on the server.</summary>
public static class WorkplacePolicies
{
    public const string Intake = nameof(Intake);
    public const string Approver = nameof(Approver);
    public const string UnitBoard = nameof(UnitBoard);
    public const string Supervisor = nameof(Supervisor);

    public static void Configure(AuthorizationBuilder authorization) => authorization
        .AddPolicy(Intake, StaffWith(Roles.Clerk, Roles.DutyManager))
        .AddPolicy(Approver, StaffWith(Roles.Leader, Roles.VicePresident))
        .AddPolicy(UnitBoard, StaffWith(Roles.DesignOffice, Roles.Construction))
        .AddPolicy(Supervisor, StaffWith(Roles.DutyManager, Roles.BusinessOfficeManager, Roles.Leader, Roles.VicePresident, Roles.Administrator));

    private static Action<AuthorizationPolicyBuilder> StaffWith(params string[] roles) =>
        policy => policy.RequireAuthenticatedUser().RequireClaim(OrchestratorClaims.CompanyId).RequireRole(roles);
}
