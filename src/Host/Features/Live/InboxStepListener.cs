using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Features.Live;

/// <summary>Passes the engine's committed task changes to this node's inbox screens and to the other nodes'.</summary>
public sealed class InboxStepListener(InboxNotifier notifier, IClusterBus cluster) : IWorkflowStepListener
{
    public async Task OnUserTasksChangedAsync(IReadOnlyList<UserTaskChange> changes, CancellationToken cancellationToken)
    {
        var groups = changes.SelectMany(c => c.CandidateGroups).Distinct().ToList();
        var users = changes.Select(c => c.Assignee).OfType<string>().Distinct().ToList();
        notifier.Notify(groups, users);
        await cluster.PublishAsync(ClusterMessage.Inbox(cluster.Node, groups, users), cancellationToken);
    }
}
