using Orchestrator.Workflows.Engine.Model;
using Orchestrator.Workflows.Engine.Runtime.Effects;
using Orchestrator.Workflows.Engine.Runtime.State;

namespace Orchestrator.Workflows.Engine.Runtime.Behaviors;

/// <summary>
/// Signal throw events (intermediate and end) announce the signal; the facade broadcasts it to every open
/// signal catch and signal start of the instance's company. The signal carries the throw event's input
/// mappings as variables, or none: an instance's variables are not sent to strangers by default.
/// Catches wait through <see cref="WaitFactory.Signal"/> like message catches.
/// </summary>
internal sealed class SignalBehavior(Step step)
{
    public void Throw(EventNode node, SignalEventDefinition signal, TokenState token)
    {
        var name = NameOf(step.Graph, signal, node.Id);
        var variables = node.IoMapping.Inputs.Count > 0 ? step.Variables.Inputs(node, token.ScopeId) : [];
        step.History(node, "signalled", name);
        step.Emit(new SignalThrown(node.Id, name, variables));
    }

    public static string NameOf(ProcessGraph graph, SignalEventDefinition signal, string elementId) =>
        graph.Definitions.FindSignal(signal.SignalRef)?.Name
        ?? throw new EngineIncidentException("Unsupported", $"Element '{elementId}' references signal '{signal.SignalRef}', which is not defined.");
}
