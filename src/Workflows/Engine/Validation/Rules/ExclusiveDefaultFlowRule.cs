using Orchestrator.Workflows.Engine.Model;

namespace Orchestrator.Workflows.Engine.Validation.Rules;

/// <summary>Warns about an exclusive gateway that branches without a default flow.</summary>
public sealed class ExclusiveDefaultFlowRule : IProcessRule
{
    public IEnumerable<ValidationProblem> Check(ValidationContext context)
    {
        var outgoing = context.Process.Content.AllFlows().ToLookup(f => f.SourceRef);
        return context.Nodes
            .Where(n => n.Kind == FlowNodeKind.ExclusiveGateway && n.DefaultFlow is null && outgoing[n.Id].Count() > 1)
            .Select(n => ValidationProblem.Warning(n.Id, "exclusive.no-default",
                $"Exclusive gateway {n.DisplayName} has no default flow; when no condition is true the request stops with an incident."));
    }
}
