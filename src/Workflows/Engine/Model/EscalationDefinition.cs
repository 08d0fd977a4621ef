namespace Orchestrator.Workflows.Engine.Model;

/// <summary>A <c>bpmn:escalation</c>: what an escalation throw event raises and an escalation catch reacts to.</summary>
public sealed record EscalationDefinition(string Id, string? Name, string? EscalationCode)
{
    /// <summary>The code a throw carries and a catch compares: the escalation code, else the id.</summary>
    public string Code => EscalationCode ?? Id;
}
