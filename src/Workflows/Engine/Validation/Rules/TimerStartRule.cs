using Orchestrator.Workflows.Engine.Expressions;
using Orchestrator.Workflows.Engine.Model;

namespace Orchestrator.Workflows.Engine.Validation.Rules;

/// <summary>A timer start event is scheduled at deployment, before any variable exists: its value must be fixed.</summary>
public sealed class TimerStartRule : IProcessRule
{
    public IEnumerable<ValidationProblem> Check(ValidationContext context) =>
        context.Process.Content.Nodes.OfType<EventNode>()
            .Where(e => e.Kind == FlowNodeKind.StartEvent && e.Definition is TimerEventDefinition t && ExpressionText.IsExpression(t.Expression))
            .Select(e => ValidationProblem.Error(e.Id, "timer-start.expression",
                $"Timer start event {e.DisplayName} computes its value from an expression; a start timer is scheduled at deployment, so give a fixed date, duration or cycle."));
}
