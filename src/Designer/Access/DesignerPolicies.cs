using Microsoft.AspNetCore.Authorization;
using Orchestrator.Domain.Organization;

namespace Orchestrator.Designer.Access;

/// <summary>Who may use the designer: process owners change flows; managers of the company review them.</summary>
public static class DesignerPolicies
{
    public const string Use = "Designer";
    public const string Author = "DesignerAuthor";
    public const string Review = "DesignerReview";

    public static readonly string[] AuthorRoles = [Roles.ProcessOwner, Roles.Administrator];
    public static readonly string[] ReviewerRoles = [Roles.Leader, Roles.VicePresident, Roles.Administrator];

    /// <summary>
    /// Who changes the group-wide flows every company runs: the process owners (流程管理员) and the group's
    /// administrator. A company's administrator changes only the company's own variant.
    /// </summary>
    public static readonly string[] GroupAuthorRoles = [Roles.ProcessOwner, Roles.GroupAdministrator];

    public static void Configure(AuthorizationBuilder authorization) => authorization
        .AddPolicy(Use, p => p.RequireClaim(DesignerClaims.Company).RequireRole([.. AuthorRoles, .. ReviewerRoles]))
        .AddPolicy(Author, p => p.RequireClaim(DesignerClaims.Company).RequireRole(AuthorRoles))
        .AddPolicy(Review, p => p.RequireClaim(DesignerClaims.Company).RequireRole(ReviewerRoles));
}
