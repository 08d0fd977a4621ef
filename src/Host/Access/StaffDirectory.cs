using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Access;

/// <summary>Turns the signed-in principal (or a colleague's user name) into a <see cref="StaffMember"/>, reading the unit from the company's units.</summary>
public sealed class StaffDirectory(OrchestratorDbContext db, UserManager<ApplicationUser> users)
{
    public async Task<StaffMember?> FindAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (user.Identity?.Name is not { } name || user.CompanyId() is not { } companyId) return null;
        var roles = RoleCatalog.All.Select(r => r.Code).Where(user.IsInRole).ToHashSet();
        return await MemberAsync(name, user.DisplayName(), companyId, user.UnitId(), roles, cancellationToken);
    }

    /// <summary>A colleague of <paramref name="companyId"/> by user name; null when there is none in that company.</summary>
    public async Task<StaffMember?> FindColleagueAsync(string userName, Guid companyId, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null || user.CompanyId != companyId) return null;
        var roles = (await users.GetRolesAsync(user)).ToHashSet();
        return await MemberAsync(user.UserName!, user.DisplayName, companyId, user.UnitId, roles, cancellationToken);
    }

    private async Task<StaffMember> MemberAsync(
        string name, string displayName, Guid companyId, Guid? unitId, IReadOnlySet<string> roles, CancellationToken cancellationToken)
    {
        var unit = unitId is { } id ? await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken) : null;
        return new StaffMember(name, displayName, companyId, unit?.Id, unit?.Kind, roles);
    }
}
