namespace Orchestrator.Workflows.Engine.Runtime.State;

public enum InstanceStatus
{
    Active,
    Completed,
    Cancelled,
    Incident,
}
