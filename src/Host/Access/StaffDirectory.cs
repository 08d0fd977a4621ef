using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Access;

/// <summary>Turns the signed-in principal into a <see cref="StaffMember"/>, reading the unit's kind from the company's units.</summary>
public sealed class StaffDirectory(OrchestratorDbContext db)
{
    public async Task<StaffMember?> FindAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (user.Identity?.Name is not { } name || user.CompanyId() is not { } companyId) return null;
        var unitId = user.UnitId();
        var unit = unitId is { } id ? await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken) : null;
        var roles = RoleCatalog.All.Select(r => r.Code).Where(user.IsInRole).ToHashSet();
        return new StaffMember(name, user.DisplayName(), companyId, unit?.Id, unit?.Kind, roles);
    }
}
