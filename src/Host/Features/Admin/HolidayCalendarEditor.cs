using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain;
using Orchestrator.Domain.Calendar;
using Orchestrator.Host.Features.Calendar;
using Orchestrator.Host.Features.Live;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Workflows;

namespace Orchestrator.Host.Features.Admin;

/// <summary>
/// The holiday tables behind every working-day deadline. Saving a year replaces its table, drops the cached
/// calendar and counts again the open deadlines and timers that ran into that year
/// (<see cref="RecountDeadlines"/>), so provisional weekend-only dates become the real ones; the other nodes drop
/// their cached calendar too (<see cref="IClusterBus"/>).
/// </summary>
public sealed class HolidayCalendarEditor(OrchestratorDbContext db, HolidayCalendarCache cache, RecountDeadlines recount, IClusterBus cluster)
{
    public async Task<IReadOnlyList<HolidayTable>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.HolidayTables.AsNoTracking().OrderBy(t => t.Year).ToListAsync(cancellationToken);

    public async Task<HolidayTableSaved> SaveAsync(int year, string daysOff, string makeUpDays, string source, CancellationToken cancellationToken = default)
    {
        var off = HolidayDates.Parse(daysOff);
        var makeUp = HolidayDates.Parse(makeUpDays);
        if (off.Unreadable.Concat(makeUp.Unreadable).ToList() is { Count: > 0 } unreadable)
            return new(AdminResult.Failed($"Not a date (use yyyy-MM-dd or yyyy-MM-dd~yyyy-MM-dd): {string.Join(", ", unreadable)}"), null);
        var before = cache.Calendar;
        try
        {
            var table = HolidayTable.Create(year, off.Dates, makeUp.Dates, source);
            await db.HolidayTables.Where(t => t.Year == year).ExecuteDeleteAsync(cancellationToken);
            db.HolidayTables.Add(table);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException e)
        {
            return new(AdminResult.Failed(e.Message), null);
        }
        cache.Invalidate();
        await cluster.PublishAsync(ClusterMessage.Calendar(cluster.Node), cancellationToken);
        return new(AdminResult.Ok, await recount.RecountAsync(year, before, cache.Calendar, cancellationToken));
    }
}

/// <summary>A saved holiday table and the deadlines counted again because of it (null when it was refused).</summary>
public sealed record HolidayTableSaved(AdminResult Result, RecountResult? Recounted);
