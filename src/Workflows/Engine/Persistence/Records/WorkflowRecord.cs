namespace Orchestrator.Workflows.Engine.Persistence.Records;

/// <summary>Base of every engine table row: a Guid key, and a copy for the in-memory store.</summary>
public abstract class WorkflowRecord
{
    public Guid Id { get; set; } = Guid.NewGuid();

    /// <summary>
    /// The tenant (a company, to the Host) the row belongs to: set when an instance starts, inherited by
    /// everything the instance creates and by the processes it calls. Null for group-wide definitions.
    /// </summary>
    public Guid? TenantId { get; set; }

    internal WorkflowRecord Copy() => (WorkflowRecord)MemberwiseClone();
}

/// <summary>A row guarded by an application-managed concurrency token, incremented on every change.</summary>
public interface IRevisioned
{
    long Revision { get; set; }
}
