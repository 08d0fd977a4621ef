using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Bench.Infrastructure;

/// <summary>
/// Remembers the user task the last step created, so a lifecycle loop can complete it without an inbox query
/// (the way the Host's live inbox learns of new tasks). The loops run one instance at a time.
/// </summary>
public sealed class CreatedTaskTrap : IWorkflowStepListener
{
    public Guid? LastCreated { get; private set; }

    public Task OnUserTasksChangedAsync(IReadOnlyList<UserTaskChange> changes, CancellationToken cancellationToken)
    {
        foreach (var change in changes)
            if (change.Kind == UserTaskChangeKind.Created) LastCreated = change.TaskId;
        return Task.CompletedTask;
    }

    public Guid Take()
    {
        var id = LastCreated ?? throw new InvalidOperationException("The step created no user task.");
        LastCreated = null;
        return id;
    }
}
