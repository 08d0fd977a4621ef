using System.Security.Claims;
using Orchestrator.Domain;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Localization;

namespace Orchestrator.Host.Features.Billing;

/// <summary>
/// The member of staff a billing command runs for: their company, name and roles. Commands call
/// <see cref="Require"/> with the roles allowed to act; anyone else gets a 403 with a sentence.
/// </summary>
public sealed record BillingStaff(Guid CompanyId, string UserName, IReadOnlySet<string> Roles)
{
    public static BillingStaff From(ClaimsPrincipal user) =>
        user.CompanyId() is { } company && user.Identity?.Name is { Length: > 0 } name
            ? new BillingStaff(company, name, RoleCatalog.All.Select(r => r.Code).Where(user.IsInRole).ToHashSet())
            : throw new AccessDeniedException("You are not signed in as a member of staff of a water company.") { TextKey = "access.not-staff" };

    public BillingStaff Require(string action, params string[] roles) =>
        roles.Any(Roles.Contains) || Roles.Contains(Domain.Organization.Roles.Administrator)
            ? this
            : throw new AccessDeniedException(
                $"{UserName} may not {action}; that needs the role {string.Join(" or ", roles.Select(r => RoleCatalog.DisplayName(r, "zh-CN")))}.")
            {
                Arguments = [UserName, new Term(action), new RoleList(roles)],
            };

    /// <summary>A record of another company is answered as missing, never as forbidden.</summary>
    /// <param name="named">What the sentence names (a receipt number, say), for its translation.</param>
    public T Own<T>(T? record, Func<T, Guid> companyOf, string notFoundCode, string notFound, params object?[] named) where T : class =>
        record is not null && companyOf(record) == CompanyId ? record : throw new DomainException(notFoundCode, notFound) { Arguments = named };
}

/// <summary>The caller's roles do not allow the action (403).</summary>
public sealed class AccessDeniedException(string message) : DomainException("access.denied", message);
