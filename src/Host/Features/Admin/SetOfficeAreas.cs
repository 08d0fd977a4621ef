using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Orchestrator.Domain;
using Orchestrator.Host.Access;
using Orchestrator.Host.Localization;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Resources;

namespace Orchestrator.Host.Features.Admin;

/// <summary>
/// An administrator sets the districts a business office of their company serves (e.g. "城东区、高新区"):
/// its business-office work then comes only from accounts whose address starts with one of them, open work included.
/// </summary>
public sealed class SetOfficeAreas(OrchestratorDbContext db, OfficeAreas offices, IStringLocalizer<SharedResource> l)
{
    private static readonly char[] Separators = [',', '，', '、', ';', '；', ' '];

    public async Task<CommandOutcome> RunAsync(StaffMember caller, Guid unitId, string? areas, CancellationToken cancellationToken = default)
    {
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken);
        if (unit is null) return CommandOutcome.NotFound(l["Refusal_UnitNotFound"]);
        if (!caller.IsAdministrator) return CommandOutcome.Forbidden(l["Refusal_AdministratorOnly"]);
        try
        {
            unit.Serve((areas ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries));
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await offices.RestampAsync(unit.CompanyId, cancellationToken); // the open work's districts follow the new ones
            await transaction.CommitAsync(cancellationToken);
            return CommandOutcome.Done;
        }
        catch (DomainException e)
        {
            return CommandOutcome.Invalid("areas", l.Refusal(e));
        }
    }
}
