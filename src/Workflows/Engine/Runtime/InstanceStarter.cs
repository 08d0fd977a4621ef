using Orchestrator.Workflows.Engine.Model;
using Orchestrator.Workflows.Engine.Runtime.Commands;
using Orchestrator.Workflows.Engine.Runtime.State;

namespace Orchestrator.Workflows.Engine.Runtime;

/// <summary>Opens the root scope with the start variables and puts a token on the start event.</summary>
internal sealed class InstanceStarter(Step step)
{
    public void Start(StartInstance command)
    {
        var root = new ScopeState { ElementId = step.Graph.Process.Id };
        step.State.Scopes.Add(root);
        var start = command.StartEventId is { } id ? step.Graph.Node(id) : step.Graph.NoneStartEvent(step.Graph.Process.Content);
        if (start is null)
            throw new InvalidOperationException($"Process '{step.Graph.Process.Id}' has no none start event to start from.");
        step.Variables.ApplyOutputs(start, root.Id, command.Variables);
        var token = new TokenState { ScopeId = root.Id, ElementId = start.Id };
        step.State.Tokens.Add(token);
        step.Schedule(token);
        step.Runner.Guarded(token, () => step.EventSubProcesses.Open(root, step.Graph.Process.Content));
    }
}
