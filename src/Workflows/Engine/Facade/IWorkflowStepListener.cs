namespace Orchestrator.Workflows.Engine.Facade;

/// <summary>
/// Told after a step has committed which user tasks it created, claimed, released, completed or cancelled,
/// so screens showing those inboxes can refresh. Runs after the commit: a listener cannot undo the step
/// and must not throw. Register with <c>TryAddEnumerable</c>.
/// </summary>
public interface IWorkflowStepListener
{
    Task OnUserTasksChangedAsync(IReadOnlyList<UserTaskChange> changes, CancellationToken cancellationToken);
}

public sealed record UserTaskChange(
    Guid TaskId, UserTaskChangeKind Kind, IReadOnlyList<string> CandidateGroups, string? Assignee, string? BusinessKey);

public enum UserTaskChangeKind
{
    Created,
    Claimed,
    Released,
    Completed,
    Cancelled,
}
