using Orchestrator.Domain.Calendar;
using Orchestrator.Workflows.Activities.Common;
using Orchestrator.Workflows.Activities.Requests;
using Orchestrator.Workflows.Engine.Activities;
using Orchestrator.Workflows.Engine.Timers;

namespace Orchestrator.Workflows.Activities.Service;

/// <summary>
/// 安排回访: the service center calls the customer back within the header's working days; the flow's
/// follow-up-call task carries the same deadline as its due date.
/// </summary>
[Activity("water.scheduleFollowUpCall", DisplayName = "安排回访 Schedule follow-up call", Category = "客户服务 Service",
    Description = "Header 'withinWorkingDays' (default 2).")]
[ActivityInput("requestId", typeof(string), Required = true)]
[ActivityOutput("followUpDueOn", typeof(string))]
public sealed class ScheduleFollowUpCall(IWorkingCalendar calendar) : IActivity
{
    public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var days = (int)context.HeaderDecimal("withinWorkingDays", 2);
        var due = ChinaTime.DateOf(calendar.AddWorkingDays(context.Now(), days));
        await RequestRecords.NoteAsync(context, $"已安排客服中心于 {due:yyyy-MM-dd} 前回访。");
        return ActivityResult.With("followUpDueOn", due.ToString("yyyy-MM-dd"));
    }
}
