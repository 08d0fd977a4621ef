using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Features.Live;

/// <summary>Passes the engine's committed task changes to the inbox notifier.</summary>
public sealed class InboxStepListener(InboxNotifier notifier) : IWorkflowStepListener
{
    public Task OnUserTasksChangedAsync(IReadOnlyList<UserTaskChange> changes, CancellationToken cancellationToken)
    {
        notifier.Notify(
            changes.SelectMany(c => c.CandidateGroups).Distinct(),
            changes.Select(c => c.Assignee).OfType<string>().Distinct());
        return Task.CompletedTask;
    }
}
