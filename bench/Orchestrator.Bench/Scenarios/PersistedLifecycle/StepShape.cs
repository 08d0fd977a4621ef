using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Bench.Infrastructure;
using Orchestrator.Bench.Scenarios.Lifecycle;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.EntityFramework;

namespace Orchestrator.Bench.Scenarios.PersistedLifecycle;

/// <summary>
/// The rows one instance's two steps commit, read back from the database after each step: what the plain loop
/// writes again (with new ids) to make the same commits of rows of the same size, including the inbox's task-group
/// rows the start writes and the completion removes.
/// </summary>
public sealed record StepShape(
    WorkflowInstanceRecord InstanceAfterStart,
    UserTaskRecord TaskAfterStart,
    IReadOnlyList<HistoryRecord> HistoryOfStart,
    WorkflowInstanceRecord InstanceAfterCompletion,
    UserTaskRecord TaskAfterCompletion,
    IReadOnlyList<HistoryRecord> HistoryOfCompletion,
    IReadOnlyList<UserTaskGroupRecord> GroupsOfTask,
    int OutboxRows)
{
    public int RowsPerInstance => 2 + HistoryOfStart.Count + GroupsOfTask.Count + 2 + HistoryOfCompletion.Count + GroupsOfTask.Count;

    public static async Task<StepShape> ProbeAsync(IServiceProvider services, CreatedTaskTrap trap)
    {
        var instanceId = await services.InScopeAsync(r => r.StartAsync(UserTaskProcess.Key, "BENCH-PROBE"));
        var taskId = trap.Take();
        var (instance, task, history, groups, _) = await ReadAsync(services, instanceId);
        await services.InScopeAsync(r => r.CompleteTaskAsync(taskId, null, "bench"));
        var (finished, completed, allHistory, left, outbox) = await ReadAsync(services, instanceId);
        if (left.Count > 0) throw new InvalidOperationException("The completed task kept its inbox rows.");
        return new StepShape(instance, task, history, finished, completed,
            [.. allHistory.Where(h => history.All(s => s.Id != h.Id))], groups, outbox);
    }

    private static async Task<(WorkflowInstanceRecord, UserTaskRecord, List<HistoryRecord>, List<UserTaskGroupRecord>, int)> ReadAsync(
        IServiceProvider services, Guid instanceId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>();
        var instance = await db.Set<WorkflowInstanceRecord>().AsNoTracking().SingleAsync(i => i.Id == instanceId);
        var task = await db.Set<UserTaskRecord>().AsNoTracking().SingleAsync(t => t.InstanceId == instanceId);
        var history = await db.Set<HistoryRecord>().AsNoTracking().Where(h => h.InstanceId == instanceId).ToListAsync();
        var groups = await db.Set<UserTaskGroupRecord>().IgnoreQueryFilters().AsNoTracking().Where(g => g.TaskId == task.Id).ToListAsync();
        var outbox = await db.Set<OutboxRecord>().CountAsync();
        return (instance, task, history, groups, outbox);
    }
}
