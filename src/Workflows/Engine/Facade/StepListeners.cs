using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Workflows.Engine.Facade;

/// <summary>
/// The registered <see cref="IWorkflowStepParticipant"/>s, told inside a step before it commits, and
/// <see cref="IWorkflowStepListener"/>s, told after; nothing happens when there are none.
/// </summary>
public sealed class StepListeners(IEnumerable<IWorkflowStepListener> listeners, IEnumerable<IWorkflowStepParticipant> participants)
{
    private readonly IWorkflowStepListener[] _listeners = [.. listeners];
    private readonly IWorkflowStepParticipant[] _participants = [.. participants];

    internal static UserTaskChange Change(UserTaskRecord task, UserTaskChangeKind kind) =>
        new(task.Id, kind, task.CandidateGroupList(), task.Assignee, task.BusinessKey);

    internal async Task CommittingAsync(StepCommitting step, CancellationToken cancellationToken)
    {
        if (step.TaskChanges.Count == 0) return;
        foreach (var participant in _participants)
            await participant.OnCommittingAsync(step, cancellationToken);
    }

    internal async Task NotifyAsync(IReadOnlyList<UserTaskChange> changes, CancellationToken cancellationToken)
    {
        if (changes.Count == 0) return;
        foreach (var listener in _listeners)
            await listener.OnUserTasksChangedAsync(changes, cancellationToken);
    }
}
