namespace Orchestrator.Workflows.Engine.Persistence.Records;

/// <summary>Base of every engine table row: a Guid key, and a copy for the in-memory store.</summary>
public abstract class WorkflowRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();

    internal WorkflowRecord Copy() => (WorkflowRecord)MemberwiseClone();
}

/// <summary>A row guarded by an application-managed concurrency token, incremented on every change.</summary>
public interface IRevisioned
{
    long Revision { get; set; }
}
