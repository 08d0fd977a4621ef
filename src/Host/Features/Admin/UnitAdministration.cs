using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Admin;

/// <summary>The units of the administrator's company (the company filter applies) and new ones.</summary>
public sealed class UnitAdministration(OrchestratorDbContext db)
{
    public async Task<IReadOnlyList<Unit>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Units.AsNoTracking().OrderBy(u => u.Kind).ThenBy(u => u.Code).ToListAsync(cancellationToken);

    public async Task<AdminResult> CreateAsync(Guid companyId, string code, string name, UnitKind kind, CancellationToken cancellationToken = default)
    {
        if (await db.Units.AnyAsync(u => u.Code == code.Trim(), cancellationToken))
            return AdminResult.Failed($"Your company already has a unit with code '{code.Trim()}'.");
        try
        {
            db.Units.Add(Unit.Create(companyId, code.Trim(), name.Trim(), kind));
            await db.SaveChangesAsync(cancellationToken);
            return AdminResult.Ok;
        }
        catch (DomainException e)
        {
            return AdminResult.Failed(e.Message);
        }
    }
}
