using Quartz;

namespace Orchestrator.Host.Scheduling.Recurring;

/// <summary>Asks for next year's holiday table in November and December.</summary>
[DisallowConcurrentExecution]
public sealed class HolidayReminderJob(HolidayTableReminder work) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await work.RemindAsync(cancellationToken);
}
