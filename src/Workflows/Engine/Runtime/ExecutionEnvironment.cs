using Orchestrator.Workflows.Engine.Expressions;
using Orchestrator.Workflows.Engine.Timers;

namespace Orchestrator.Workflows.Engine.Runtime;

/// <summary>The pure services the executor uses: the clock reading, expressions and the calendar.</summary>
public sealed record ExecutionEnvironment(DateTimeOffset Now, IExpressionEvaluator Expressions, IWorkingCalendar Calendar)
{
    public TimerDueCalculator Timers { get; } = new(Calendar);
}
