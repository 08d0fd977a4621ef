using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Billing;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Billing;

/// <summary>A company's billing settings, or the defaults (saved with the next change) when it has none yet.</summary>
public static class BillingSettingsStore
{
    public static async Task<BillingSettings> ForAsync(OrchestratorDbContext db, Guid companyId, CancellationToken ct) =>
        await db.BillingSettings.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(s => s.CompanyId == companyId, ct)
        ?? BillingSettings.DefaultFor(companyId);
}
