using System.Collections.Concurrent;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Workflows.EntityFramework;

/// <summary>
/// Deployed process versions by id (one per version, never changed once deployed: a change is a new version), so
/// a step reads its instance's definition, XML and all, from the database once per process version and node.
/// Also which version of a key new instances start on, read at most every <see cref="LatestFreshFor"/>: a deployment
/// through this node forgets it at once (<see cref="CommittedRowTracking"/>), one through another node when that node
/// says so (the Host's cluster messages) or at the latest after that time, so an instance started in between runs the
/// previous version, as one started a moment before the deployment would. The records held here are not tracked by any DbContext.
/// </summary>
public sealed class DefinitionRecordCache
{
    public static readonly TimeSpan LatestFreshFor = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<Guid, WorkflowDefinitionRecord> _byId = new();
    private readonly ConcurrentDictionary<string, (Guid Id, long ReadAt)> _latest = new(StringComparer.Ordinal);
    private long _deployments;

    public bool TryGet(Guid id, out WorkflowDefinitionRecord definition) => _byId.TryGetValue(id, out definition!);

    public WorkflowDefinitionRecord Remember(WorkflowDefinitionRecord definition) => _byId.GetOrAdd(definition.Id, definition);

    /// <summary>The id of <paramref name="key"/>'s latest version if it was read less than <see cref="LatestFreshFor"/> ago.</summary>
    public Guid? FreshLatest(string key) =>
        _latest.TryGetValue(key, out var latest) && Environment.TickCount64 - latest.ReadAt < (long)LatestFreshFor.TotalMilliseconds
            ? latest.Id
            : null;

    /// <summary>Taken before reading the latest version, handed to <see cref="RememberLatest"/> after it.</summary>
    public (long At, long Deployments) BeforeRead() => (Environment.TickCount64, Interlocked.Read(ref _deployments));

    /// <summary>
    /// Remembers the latest version's id as just read, unless a deployment through this node was saved since
    /// <paramref name="before"/> (the read may have missed it).
    /// </summary>
    public void RememberLatest(string key, Guid id, (long At, long Deployments) before)
    {
        _latest[key] = (id, before.At);
        if (Interlocked.Read(ref _deployments) != before.Deployments) _latest.TryRemove(key, out _);
    }

    public void ForgetLatest(string key)
    {
        Interlocked.Increment(ref _deployments);
        _latest.TryRemove(key, out _);
        LatestForgotten?.Invoke(key);
    }

    /// <summary>After a gap in hearing from the other nodes: any key may have a newer version.</summary>
    public void ForgetAllLatest()
    {
        Interlocked.Increment(ref _deployments);
        _latest.Clear();
    }

    /// <summary>Raised when a key's latest version is forgotten (a deployment through this node or, told, another).</summary>
    public event Action<string>? LatestForgotten;
}
