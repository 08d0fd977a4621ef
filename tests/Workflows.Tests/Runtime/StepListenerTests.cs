using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Hosting;
using Orchestrator.Workflows.Engine.Persistence;

namespace Orchestrator.Workflows.Tests.Runtime;

/// <summary>Listeners hear, after each commit, which user tasks were created, claimed, released and completed.</summary>
public sealed class StepListenerTests : WorkflowScenarioBase
{
    private readonly RecordingListener listener = new();

    protected override void UseStore(WorkflowEngineBuilder engine)
    {
        engine.UseInMemoryStore();
        engine.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkflowStepListener>(listener));
    }

    [Fact]
    public async Task Task_changes_are_told_after_they_commit()
    {
        var id = await StartAsync("parallel-join.bpmn", "parallel_join");
        Assert.Equal([("A", UserTaskChangeKind.Created), ("B", UserTaskChangeKind.Created)], await NamedAsync(id));

        var a = (await OpenTasksAsync(id)).Single(t => t.ElementId == "A");
        listener.Changes.Clear();
        await InScope(r => r.ClaimTaskAsync(a.Id, "alice"));
        await InScope(r => r.ReleaseTaskAsync(a.Id, "alice"));
        await InScope(r => r.CompleteTaskAsync(a.Id, null, "bob"));

        Assert.Equal([UserTaskChangeKind.Claimed, UserTaskChangeKind.Released, UserTaskChangeKind.Completed], listener.Changes.Select(c => c.Kind));
        Assert.Equal("alice", listener.Changes[1].Assignee);
        Assert.All(listener.Changes, c => Assert.Equal(a.Id, c.TaskId));
    }

    [Fact]
    public async Task Only_the_assignee_may_release_and_a_refused_release_tells_nobody()
    {
        var id = await StartAsync("parallel-join.bpmn", "parallel_join");
        var a = (await OpenTasksAsync(id)).Single(t => t.ElementId == "A");
        await InScope(r => r.ClaimTaskAsync(a.Id, "alice"));
        listener.Changes.Clear();

        await Assert.ThrowsAsync<WorkflowConflictException>(() => InScope(r => r.ReleaseTaskAsync(a.Id, "mallory")));

        Assert.Empty(listener.Changes);
    }

    private async Task<(string, UserTaskChangeKind)[]> NamedAsync(Guid instanceId)
    {
        var names = (await OpenTasksAsync(instanceId)).ToDictionary(t => t.Id, t => t.ElementId);
        return [.. listener.Changes.Select(c => (names[c.TaskId], c.Kind)).Order()];
    }

    private sealed class RecordingListener : IWorkflowStepListener
    {
        public List<UserTaskChange> Changes { get; } = [];

        public Task OnUserTasksChangedAsync(IReadOnlyList<UserTaskChange> changes, CancellationToken cancellationToken)
        {
            Changes.AddRange(changes);
            return Task.CompletedTask;
        }
    }
}
