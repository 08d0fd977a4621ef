namespace Orchestrator.Workflows.Engine.Facade;

/// <summary>
/// Told inside a step, just before it commits, which user tasks the step created, claimed, completed or cancelled,
/// so the host can add rows of its own (a request's history line) to the same unit of work: they commit with the
/// step or not at all. Throwing aborts the step. Register scoped with <c>TryAddEnumerable</c>; unlike an
/// <see cref="IWorkflowStepListener"/>, a participant shares the step's store.
/// </summary>
public interface IWorkflowStepParticipant
{
    Task OnCommittingAsync(StepCommitting step, CancellationToken cancellationToken);
}

/// <summary>What a step is about to commit: its user-task changes, and each touched instance's process variables after the step.</summary>
public sealed class StepCommitting(IReadOnlyList<UserTaskChange> taskChanges, Func<Guid, IReadOnlyDictionary<string, object?>?> variablesOf)
{
    public IReadOnlyList<UserTaskChange> TaskChanges => taskChanges;

    /// <summary>The root variables of an instance this step touched; null for one it did not.</summary>
    public IReadOnlyDictionary<string, object?>? VariablesOf(Guid instanceId) => variablesOf(instanceId);
}
