using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Calendar;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Features.Dashboard;

/// <summary>
/// Writes <see cref="SlaDayCount"/> rows for every finished China day of the dashboard's period that has none yet, for
/// every company, one day per transaction (a day is counted whole or not at all), and deletes the days that have left
/// the period. Run by <see cref="SlaDaySummaryJob"/>; the dashboard counts any day still missing itself.
/// </summary>
public sealed class SlaDaySummaries(OrchestratorDbContext db, TimeProvider clock)
{
    public async Task<int> SummariseAsync(CancellationToken cancellationToken = default)
    {
        var today = ChinaTime.DateOf(clock.GetUtcNow());
        var first = DashboardQuery.FirstDayOfPeriod(today);
        var days = 0;
        foreach (var company in await db.Companies.IgnoreQueryFilters().Select(c => c.Id).ToListAsync(cancellationToken))
        {
            var counted = (await db.Set<SlaDayCount>().IgnoreQueryFilters()
                    .Where(c => c.CompanyId == company && c.Day >= first && c.CandidateGroups == "")
                    .Select(c => c.Day).ToListAsync(cancellationToken))
                .ToHashSet();
            for (var day = first; day < today; day = day.AddDays(1))
            {
                if (counted.Contains(day)) continue;
                var tasks = db.Set<UserTaskRecord>().IgnoreQueryFilters().Where(t => t.TenantId == company);
                var counts = await CompletionCounts.OfAsync(tasks, DashboardQuery.StartOf(day), DashboardQuery.StartOf(day.AddDays(1)), cancellationToken);
                db.AddRange(counts.Where(c => c.CandidateGroups.Length > 0).Select(c => new SlaDayCount
                {
                    CompanyId = company, Day = day, CandidateGroups = c.CandidateGroups, OnTime = c.OnTime, Late = c.Late,
                }));
                db.Add(SlaDayCount.DayMarker(company, day));
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                days++;
            }
        }
        await db.Set<SlaDayCount>().IgnoreQueryFilters().Where(c => c.Day < first).ExecuteDeleteAsync(cancellationToken);
        return days;
    }
}
