using System.Security.Claims;

namespace Orchestrator.Host.Identity;

/// <summary>
/// Scopes queries to the signed-in user's company. A signed-in user with no company sees nothing
/// (<see cref="Guid.Empty"/>); outside a request (jobs, start-up) the scope is unrestricted.
/// </summary>
public sealed class HttpCompanyScope(IHttpContextAccessor accessor) : ICompanyScope
{
    public Guid? CompanyId
    {
        get
        {
            var user = accessor.HttpContext?.User;
            if (user?.Identity?.IsAuthenticated != true) return null;
            return user.CompanyId() ?? Guid.Empty;
        }
    }
}

public static class ClaimsPrincipalExtensions
{
    public static Guid? CompanyId(this ClaimsPrincipal user) => ParseGuid(user.FindFirstValue(OrchestratorClaims.CompanyId));

    public static Guid? UnitId(this ClaimsPrincipal user) => ParseGuid(user.FindFirstValue(OrchestratorClaims.UnitId));

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(OrchestratorClaims.DisplayName) ?? user.Identity?.Name ?? "";

    private static Guid? ParseGuid(string? value) => Guid.TryParse(value, out var id) ? id : null;
}
