using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Orchestrator.Domain;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Access;
using Orchestrator.Host.Localization;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Resources;

namespace Orchestrator.Host.Features.Admin;

/// <summary>The units of the administrator's company (the company filter applies) and new ones, by administrators only.</summary>
public sealed class UnitAdministration(OrchestratorDbContext db, IStringLocalizer<SharedResource> l)
{
    public async Task<IReadOnlyList<Unit>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Units.AsNoTracking().OrderBy(u => u.Kind).ThenBy(u => u.Code).ToListAsync(cancellationToken);

    public async Task<AdminResult> CreateAsync(StaffMember caller, string code, string name, UnitKind kind, CancellationToken cancellationToken = default)
    {
        if (!caller.IsAdministrator) return AdminResult.Failed(l["Refusal_AdministratorOnly"]);
        code = code?.Trim() ?? "";
        if (await db.Units.AnyAsync(u => u.Code == code, cancellationToken))
            return AdminResult.Failed(l["Refusal_UnitCodeTaken", code]);
        try
        {
            db.Units.Add(Unit.Create(caller.CompanyId, code, name?.Trim() ?? "", kind));
            await db.SaveChangesAsync(cancellationToken);
            return AdminResult.Ok;
        }
        catch (DomainException e)
        {
            return AdminResult.Failed(l.Refusal(e));
        }
    }
}
