namespace Orchestrator.Workflows.Engine.Runtime.State;

/// <summary>An open incident: the token is stopped at <see cref="ElementId"/> until retried.</summary>
public sealed class IncidentState
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string TokenId { get; set; } = "";
    public string ElementId { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Message { get; set; } = "";
}
