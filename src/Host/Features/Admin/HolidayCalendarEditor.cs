using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain;
using Orchestrator.Domain.Calendar;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Workflows;

namespace Orchestrator.Host.Features.Admin;

/// <summary>
/// The holiday tables behind every working-day deadline. Saving a year replaces its table and drops the
/// cached calendar, so the next deadline, SLA badge and timer are counted with the new table.
/// </summary>
public sealed class HolidayCalendarEditor(OrchestratorDbContext db, HolidayCalendarCache cache)
{
    public async Task<IReadOnlyList<HolidayTable>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.HolidayTables.AsNoTracking().OrderBy(t => t.Year).ToListAsync(cancellationToken);

    public async Task<AdminResult> SaveAsync(int year, string daysOff, string makeUpDays, string source, CancellationToken cancellationToken = default)
    {
        var off = HolidayDates.Parse(daysOff);
        var makeUp = HolidayDates.Parse(makeUpDays);
        if (off.Unreadable.Concat(makeUp.Unreadable).ToList() is { Count: > 0 } unreadable)
            return AdminResult.Failed($"Not a date (use yyyy-MM-dd or yyyy-MM-dd~yyyy-MM-dd): {string.Join(", ", unreadable)}");
        try
        {
            var table = HolidayTable.Create(year, off.Dates, makeUp.Dates, source);
            await db.HolidayTables.Where(t => t.Year == year).ExecuteDeleteAsync(cancellationToken);
            db.HolidayTables.Add(table);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException e)
        {
            return AdminResult.Failed(e.Message);
        }
        cache.Invalidate();
        return AdminResult.Ok;
    }
}
