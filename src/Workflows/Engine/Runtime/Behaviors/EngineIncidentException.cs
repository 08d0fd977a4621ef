namespace Orchestrator.Workflows.Engine.Runtime.Behaviors;

/// <summary>A condition the engine turns into an incident on the current token (e.g. no gateway match).</summary>
internal sealed class EngineIncidentException(string kind, string message) : Exception(message)
{
    public string Kind { get; } = kind;
}
