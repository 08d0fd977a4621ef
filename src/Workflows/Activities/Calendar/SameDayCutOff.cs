using System.Globalization;
using Orchestrator.Domain.Calendar;
using Orchestrator.Workflows.Activities.Common;
using Orchestrator.Workflows.Engine.Activities;
using Orchestrator.Workflows.Engine.Timers;

namespace Orchestrator.Workflows.Activities.Calendar;

/// <summary>
/// 当日下午5:00前: the moment a same-day hand-off is due — the cut-off today when it is a working day
/// and not yet past, otherwise the cut-off of the next working day. A timer waits on <c>handOffBy</c>.
/// </summary>
[Activity("water.sameDayCutOff", DisplayName = "当日截止时间 Same-day cut-off", Category = "时限 SLA",
    Description = "Header 'cutOff' (HH:mm, default 17:00). Output 'handOffBy' is an ISO date-time for a timeDate timer.")]
[ActivityOutput("handOffBy", typeof(string))]
public sealed class SameDayCutOff(IWorkingCalendar calendar) : IActivity
{
    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var cutOff = TimeOnly.Parse(context.Header("cutOff", "17:00"), CultureInfo.InvariantCulture);
        var now = context.Now();
        var today = ChinaTime.DateOf(now);
        var todayIsWorkingDay = ChinaTime.DateOf(calendar.AddWorkingDays(now.AddDays(-1), 1)) == today;
        var day = todayIsWorkingDay && ChinaTime.TimeOf(now) <= cutOff ? today : ChinaTime.DateOf(calendar.AddWorkingDays(now, 1));
        return ValueTask.FromResult(ActivityResult.With("handOffBy", ChinaTime.At(day, cutOff).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)));
    }
}
