using Microsoft.EntityFrameworkCore;
using Orchestrator.Domain.Calendar;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Workflows;

/// <summary>
/// The business calendar built from the holiday tables in the database, kept in memory because every
/// working-day timer and due date consults it; administrators' edits call <see cref="Invalidate"/>.
/// </summary>
public sealed class HolidayCalendarCache(IServiceScopeFactory scopes)
{
    private volatile BusinessCalendar? calendar;

    public BusinessCalendar Calendar => calendar ??= Load();

    /// <summary>Raised after <see cref="Invalidate"/>, so schedules built from the calendar can follow.</summary>
    public event Action? Changed;

    public void Invalidate()
    {
        calendar = null;
        Changed?.Invoke();
    }

    private BusinessCalendar Load()
    {
        using var scope = scopes.CreateScope();
        var tables = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>().HolidayTables.AsNoTracking().ToList();
        return new BusinessCalendar(tables);
    }
}
