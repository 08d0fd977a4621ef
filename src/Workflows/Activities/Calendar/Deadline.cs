using System.Globalization;
using Orchestrator.Domain.Calendar;
using Orchestrator.Workflows.Activities.Common;
using Orchestrator.Workflows.Engine.Activities;
using Orchestrator.Workflows.Engine.Timers;

namespace Orchestrator.Workflows.Activities.Calendar;

/// <summary>
/// 时限起算: the moment a later step falls due, counted from where the seed starts the clock — the payment
/// (construction within 30 days of paying) or a date a step recorded (meter card within 30 days of completion)
/// rather than from when the later task happens to be created. The later task takes it as its input 'dueBy'
/// and its escalation timer as a timeDate.
/// </summary>
[Activity("water.deadline", DisplayName = "时限起算 Deadline", Category = "时限 SLA",
    Description = "Header 'duration' (ISO, e.g. P30D), 'workingDays' (true/false), 'output' (variable name, default 'dueBy'). " +
                  "Input 'from': a date (yyyy-MM-dd) or date-time to count from; now when missing.")]
[ActivityInput("from", typeof(string), Description = "Where the clock starts; a bare date keeps the current time of day.")]
[ActivityOutput("dueBy", typeof(string), Description = "ISO date-time, written under the name in header 'output'.")]
public sealed class Deadline(IWorkingCalendar calendar) : IActivity
{
    public ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var now = context.Now();
        var from = Start(context.Text("from"), now);
        var duration = IsoDuration.Parse(context.Header("duration", "P30D"));
        var workingDays = bool.TryParse(context.Header("workingDays", "false"), out var working) && working;
        var due = new TimerDueCalculator(calendar).Add(duration, workingDays, from);
        var output = context.Header("output", "dueBy");
        return ValueTask.FromResult(ActivityResult.With(output, ChinaTime.ToLocal(due).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)));
    }

    private static DateTimeOffset Start(string? text, DateTimeOffset now)
    {
        if (text is null) return now;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return ChinaTime.At(date, ChinaTime.TimeOf(now));
        return DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
    }
}
