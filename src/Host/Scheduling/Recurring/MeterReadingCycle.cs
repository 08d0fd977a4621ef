using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Calendar;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Metering;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Scheduling.Recurring;

/// <summary>
/// Opens the period's reading batches on the first working day it runs in a reading month: master meters
/// every month, household meters every second month. Running again in the same period opens nothing.
/// </summary>
public sealed class MeterReadingCycle(OrchestratorDbContext db, TimeProvider clock)
{
    public async Task<int> OpenDueBatchesAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var today = ChinaTime.DateOf(now);
        var periodStart = new DateOnly(today.Year, today.Month, 1);
        var period = $"{periodStart:yyyy-MM}";
        var opened = 0;
        foreach (var companyId in await db.Companies.Select(c => c.Id).ToListAsync(cancellationToken))
        {
            foreach (var role in Enum.GetValues<MeterRole>().Where(r => ReadingCycle.IsReadingMonth(r, today.Month)))
            {
                var exists = await db.Set<ReadingBatch>().IgnoreQueryFilters()
                    .AnyAsync(b => b.CompanyId == companyId && b.Period == period && b.Role == role, cancellationToken);
                if (exists) continue;
                var meters = await db.MeteringPoints.IgnoreQueryFilters()
                    .CountAsync(m => m.CompanyId == companyId && m.Role == role && m.Status == MeteringPointStatus.Active, cancellationToken);
                db.Add(ReadingBatch.Open(companyId, periodStart, role, meters, now));
                opened++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return opened;
    }
}
