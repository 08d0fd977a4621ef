using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Calendar;
using Orchestrator.Domain.Ledger;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Scheduling.Recurring;

/// <summary>日结: records each company's takings of the day once; a second run the same day changes nothing.</summary>
public sealed class DailyCloser(OrchestratorDbContext db, TimeProvider clock)
{
    public async Task<int> CloseAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var today = ChinaTime.DateOf(now);
        var from = ChinaTime.At(today, TimeOnly.MinValue);
        var until = from.AddDays(1);
        var closed = 0;
        foreach (var companyId in await db.Companies.Select(c => c.Id).ToListAsync(cancellationToken))
        {
            if (await db.Set<DailyClose>().IgnoreQueryFilters().AnyAsync(c => c.CompanyId == companyId && c.Day == today, cancellationToken)) continue;
            var payments = await db.Payments.IgnoreQueryFilters()
                .Where(p => p.CompanyId == companyId && p.ReceivedAt >= from && p.ReceivedAt < until)
                .ToListAsync(cancellationToken);
            db.Add(DailyClose.Record(companyId, today, payments, now));
            closed++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return closed;
    }
}
