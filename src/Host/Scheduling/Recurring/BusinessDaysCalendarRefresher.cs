using Orchestrator.Host.Workflows;
using Quartz;

namespace Orchestrator.Host.Scheduling.Recurring;

/// <summary>When an administrator changes a holiday table, the Quartz calendar is rebuilt and triggers follow it.</summary>
public sealed class BusinessDaysCalendarRefresher(
    HolidayCalendarCache cache, ISchedulerFactory schedulers, BusinessDaysCalendarFactory factory, ILogger<BusinessDaysCalendarRefresher> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        cache.Changed += Refresh;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        cache.Changed -= Refresh;
        return Task.CompletedTask;
    }

    private async void Refresh()
    {
        try
        {
            var scheduler = await schedulers.GetScheduler();
            await scheduler.AddCalendar(BusinessDaysCalendarFactory.Name, factory.Create(), new AddCalendarOptions { Replace = true, UpdateTriggers = true });
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "The business-days calendar could not be refreshed after a holiday table changed");
        }
    }
}
