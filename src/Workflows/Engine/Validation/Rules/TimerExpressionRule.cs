using Orchestrator.Workflows.Engine.Expressions;
using Orchestrator.Workflows.Engine.Model;
using Orchestrator.Workflows.Engine.Timers;

namespace Orchestrator.Workflows.Engine.Validation.Rules;

/// <summary>Timer values and user-task due dates are ISO 8601 (durations, date-times, R3/PT1H cycles).</summary>
public sealed class TimerExpressionRule : IProcessRule
{
    public IEnumerable<ValidationProblem> Check(ValidationContext context)
    {
        foreach (var node in context.Nodes)
        {
            var problem = node switch
            {
                EventNode { Definition: TimerEventDefinition timer } => TimerProblem(timer),
                TaskNode { DueDate: { } due } => IsoDuration.TryParse(due, out var d)
                    ? (d.HasCalendarParts && ((TaskNode)node).DueDateInWorkingDays ? "a working-day due date counts days only (for example P5D)" : null)
                    : $"'{due}' is not an ISO 8601 duration such as P5D",
                _ => null,
            };
            if (problem is not null)
                yield return ValidationProblem.Error(node.Id, "timer.invalid", $"The timer of {node.DisplayName} is invalid: {problem.TrimEnd('.')}.");
        }
    }

    private static string? TimerProblem(TimerEventDefinition timer)
    {
        if (string.IsNullOrWhiteSpace(timer.Expression))
            return "it has no timeDuration, timeDate or timeCycle value";
        if (ExpressionText.IsExpression(timer.Expression))
            return ExpressionSyntax.Check(timer.Expression);
        if (TimerSchedule.Problem(timer.TimerKind, timer.Expression) is { } problem)
            return problem;
        var schedule = TimerSchedule.Parse(timer.TimerKind, timer.Expression);
        return timer.InWorkingDays && schedule.Interval is { HasCalendarParts: true }
            ? "a working-day timer counts days only (for example P7D)"
            : null;
    }
}
