using System.Security.Claims;

namespace Orchestrator.Host.Identity;

public static class ClaimsPrincipalExtensions
{
    public static Guid? CompanyId(this ClaimsPrincipal user) => ParseGuid(user.FindFirstValue(OrchestratorClaims.CompanyId));

    public static Guid? UnitId(this ClaimsPrincipal user) => ParseGuid(user.FindFirstValue(OrchestratorClaims.UnitId));

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(OrchestratorClaims.DisplayName) ?? user.Identity?.Name ?? "";

    private static Guid? ParseGuid(string? value) => Guid.TryParse(value, out var id) ? id : null;
}
