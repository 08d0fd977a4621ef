using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Workflows.Engine.Facade;

/// <summary>The registered <see cref="IWorkflowStepListener"/>s, told after a commit; nothing happens when there are none.</summary>
public sealed class StepListeners(IEnumerable<IWorkflowStepListener> listeners)
{
    private readonly IWorkflowStepListener[] _listeners = [.. listeners];

    internal static UserTaskChange Change(UserTaskRecord task, UserTaskChangeKind kind) =>
        new(task.Id, kind, task.CandidateGroupList(), task.Assignee, task.BusinessKey);

    internal async Task NotifyAsync(IReadOnlyList<UserTaskChange> changes, CancellationToken cancellationToken)
    {
        if (changes.Count == 0) return;
        foreach (var listener in _listeners)
            await listener.OnUserTasksChangedAsync(changes, cancellationToken);
    }
}
