namespace Orchestrator.Workflows.Engine.Persistence.Records;

/// <summary>wf_definitions: one deployed version of a process, keyed by process id.</summary>
public sealed class WorkflowDefinitionRecord : WorkflowRecord
{
    public string Key { get; set; } = "";
    public int Version { get; set; }
    public string? Name { get; set; }
    public string Xml { get; set; } = "";
    public string ContentHash { get; set; } = "";
    public DateTimeOffset DeployedAt { get; set; }
    public string? DeployedBy { get; set; }
}
