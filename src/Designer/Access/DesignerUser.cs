using System.Security.Claims;

namespace Orchestrator.Designer.Access;

/// <summary>The signed-in person as the designer sees them: name, company and which part they may play.</summary>
public sealed record DesignerUser(string Name, Guid CompanyId, bool CanAuthor, bool CanReview, bool CanAuthorGroupFlows = false)
{
    public static DesignerUser From(ClaimsPrincipal principal)
    {
        var name = principal.Identity?.Name ?? throw new UnauthorizedAccessException("Sign in to use the designer.");
        var company = Guid.TryParse(principal.FindFirstValue(DesignerClaims.Company), out var id)
            ? id : throw new UnauthorizedAccessException("The user belongs to no company.");
        return new DesignerUser(name, company,
            DesignerPolicies.AuthorRoles.Any(principal.IsInRole),
            DesignerPolicies.ReviewerRoles.Any(principal.IsInRole),
            DesignerPolicies.GroupAuthorRoles.Any(principal.IsInRole));
    }

    public void MustAuthor()
    {
        if (!CanAuthor) throw new UnauthorizedAccessException("Only process owners change flows.");
    }

    public void MustReview()
    {
        if (!CanReview) throw new UnauthorizedAccessException("Only the company's managers review changes.");
    }
}
