using Orchestrator.Workflows.Engine.Model;

namespace Orchestrator.Workflows.Engine.Validation.Rules;

/// <summary>A process needs a start event; an embedded sub-process needs a none start event.</summary>
public sealed class StartEventRule : IProcessRule
{
    public IEnumerable<ValidationProblem> Check(ValidationContext context)
    {
        if (!context.Process.Content.Nodes.Any(n => n.Kind == FlowNodeKind.StartEvent))
            yield return ValidationProblem.Error(context.Process.Id, "process.no-start", $"Process '{context.Process.Id}' has no start event.");
        foreach (var sub in context.Nodes.OfType<SubProcessNode>().Where(s => !s.TriggeredByEvent))
            if (!sub.Content.Nodes.Any(n => n is EventNode { Kind: FlowNodeKind.StartEvent, Definitions.Count: 0 }))
                yield return ValidationProblem.Error(sub.Id, "subprocess.no-none-start", $"Sub-process {sub.DisplayName} has no none start event.");
    }
}
