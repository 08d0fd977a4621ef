using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Calendar;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Demo;

/// <summary>What every installation needs: the roles and the published statutory-holiday tables.</summary>
public sealed class ReferenceDataSeeder(OrchestratorDbContext db, RoleManager<IdentityRole> roles)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var role in RoleCatalog.All)
        {
            if (!await roles.RoleExistsAsync(role.Code)) await roles.CreateAsync(new IdentityRole(role.Code));
        }
        var known = await db.HolidayTables.Select(t => t.Year).ToListAsync(cancellationToken);
        db.HolidayTables.AddRange(ChinaStatutoryHolidays.All.Where(t => !known.Contains(t.Year)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
