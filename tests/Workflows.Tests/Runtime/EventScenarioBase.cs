using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Workflows.Tests.Runtime;

/// <summary>What the event scenarios add to the base: the work of a request across its called processes, and messages.</summary>
public abstract class EventScenarioBase : WorkflowScenarioBase
{
    /// <summary>Open tasks of every instance of the request (called processes share the business key).</summary>
    protected async Task<IReadOnlyList<UserTaskRecord>> RequestTasksAsync(Guid rootInstanceId)
    {
        var businessKey = (await SnapshotAsync(rootInstanceId)).BusinessKey;
        return (await InScope(r => r.QueryTasksAsync(new UserTaskQuery())))
            .Where(t => t.BusinessKey == businessKey).OrderBy(t => t.ElementId).ToList();
    }

    protected async Task<UserTaskRecord> RequestTaskAsync(Guid rootInstanceId, string elementId) =>
        (await RequestTasksAsync(rootInstanceId)).Single(t => t.ElementId == elementId);

    protected async Task CompleteRequestTaskAsync(Guid rootInstanceId, string elementId, Dictionary<string, object?>? variables = null)
    {
        var task = await RequestTaskAsync(rootInstanceId, elementId);
        await InScope(r => r.CompleteTaskAsync(task.Id, variables, "clerk"));
    }

    protected Task<CorrelationResult> PublishAsync(string message, string key) =>
        InScope(r => r.CorrelateMessageAsync(message, key, Vars(("publishedBy", "customer"))));

    protected async Task<InstanceSnapshot> DeployAndStartAsync(string file, string processKey, Dictionary<string, object?>? variables = null) =>
        await SnapshotAsync(await StartAsync(file, processKey, variables));
}
