using Orchestrator.Workflows.Engine.Model;
using Orchestrator.Workflows.Engine.Runtime.Effects;
using Orchestrator.Workflows.Engine.Runtime.State;

namespace Orchestrator.Workflows.Engine.Runtime.Behaviors;

using Vars = IReadOnlyDictionary<string, object?>;

/// <summary>Stops a token with an incident; a retry merges corrected variables and re-executes its element.</summary>
internal sealed class IncidentBehavior(Step step)
{
    public void Raise(TokenState token, string kind, string message)
    {
        step.Waits.CloseAllOf(token, cancelled: true);
        token.Status = TokenStatus.Incident;
        var incident = new IncidentState { TokenId = token.Id, ElementId = token.ElementId, Kind = kind, Message = message };
        step.State.Incidents.Add(incident);
        Diagnostics.EngineTelemetry.IncidentRaised(kind);
        step.Emit(new IncidentRaised(incident.Id, token.Id, token.ElementId, kind, message));
        if (step.State.FindToken(token.Id) is not null)
            step.History(step.Graph.Node(token.ElementId), "incident", message);
    }

    public void Retry(Guid incidentId, Vars variables)
    {
        var incident = step.State.Incidents.FirstOrDefault(i => i.Id == incidentId);
        if (incident is null || step.State.FindToken(incident.TokenId) is not { } token)
            return;
        Resolve(incident);
        step.Variables.Merge(token.ScopeId, variables);
        if (step.Graph.Node(token.ElementId) is GatewayNode)
            token.ArrivedVia = null;
        step.Schedule(token);
    }

    public void ResolveAllOf(TokenState token)
    {
        foreach (var incident in step.State.Incidents.Where(i => i.TokenId == token.Id).ToList())
            Resolve(incident);
    }

    private void Resolve(IncidentState incident)
    {
        step.State.Incidents.Remove(incident);
        step.Emit(new IncidentResolved(incident.Id));
    }
}
