using Orchestrator.Workflows.Engine.Model;

namespace Orchestrator.Workflows.Engine.Validation.Rules;

/// <summary>An error boundary event always interrupts its activity (BPMN 2.0, 10.5.4): cancelActivity="false" is refused.</summary>
public sealed class ErrorBoundaryRule : IProcessRule
{
    public IEnumerable<ValidationProblem> Check(ValidationContext context) =>
        context.Nodes.OfType<EventNode>()
            .Where(e => e is { Kind: FlowNodeKind.BoundaryEvent, Definition: ErrorEventDefinition, CancelActivity: false })
            .Select(e => ValidationProblem.Error(e.Id, "error-boundary.non-interrupting",
                $"Error boundary event {e.DisplayName} is non-interrupting; an error always ends the activity it is caught on, so make it interrupting."));
}
