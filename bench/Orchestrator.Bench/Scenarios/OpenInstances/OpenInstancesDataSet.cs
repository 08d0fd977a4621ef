using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Bench.Infrastructure;
using Orchestrator.Bench.Scenarios.PersistedLifecycle;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Bench.Scenarios.OpenInstances;

/// <summary>
/// A SQLite database (the embedded default) holding <paramref name="count"/> open instances of
/// Bpmn/open-request.bpmn, each waiting at a service-center task with a pending SLA timer. The engine starts
/// the first one; the rest are its rows with new ids (instance, task, timer, history), inserted in batches,
/// their timers due over the next 60 days so none fires while the benchmark runs.
/// </summary>
public sealed class OpenInstancesDataSet(BenchDatabase database, int count)
{
    public const string ProcessKey = "bench_open_request";
    private const int Batch = 5_000;

    public int Count => count;

    public async Task BuildAsync()
    {
        using var host = HostComposition.Builder(database, withScheduling: false).Build();
        await EngineComposition.MigrateAsync(host.Services);
        var xml = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Bpmn", "open-request.bpmn"));
        var deployment = await host.Services.InScopeAsync(r => r.DeployAsync(xml, "bench"));
        if (!deployment.Deployed) throw new InvalidOperationException("open-request.bpmn did not deploy.");
        var templateId = await host.Services.InScopeAsync(r => r.StartAsync(ProcessKey, "BENCH-000000"));
        var template = await ReadAsync(host.Services, templateId);
        var now = DateTimeOffset.UtcNow;
        for (var first = 1; first < count; first += Batch)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var n = first; n < Math.Min(first + Batch, count); n++)
                db.AddRange(template.Copy(n, now.AddMinutes(10 + n * 86_400.0 / count)));
            await db.SaveChangesAsync();
        }
    }

    private static async Task<Template> ReadAsync(IServiceProvider services, Guid instanceId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>();
        return new Template(
            await db.Set<WorkflowInstanceRecord>().AsNoTracking().SingleAsync(i => i.Id == instanceId),
            await db.Set<UserTaskRecord>().AsNoTracking().SingleAsync(t => t.InstanceId == instanceId),
            await db.Set<TimerRecord>().AsNoTracking().SingleAsync(t => t.InstanceId == instanceId),
            await db.Set<HistoryRecord>().AsNoTracking().Where(h => h.InstanceId == instanceId).ToListAsync());
    }

    private sealed record Template(WorkflowInstanceRecord Instance, UserTaskRecord Task, TimerRecord Timer, List<HistoryRecord> History)
    {
        public IEnumerable<WorkflowRecord> Copy(int n, DateTimeOffset timerDue)
        {
            var (instanceId, taskId, timerId) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
            var state = Instance.StateJson.Replace(Instance.Id.ToString(), instanceId.ToString())
                .Replace(Task.Id.ToString(), taskId.ToString()).Replace(Timer.Id.ToString(), timerId.ToString());
            var businessKey = $"BENCH-{n:D6}";
            yield return RecordClone.Of(Instance, i => (i.Id, i.StateJson, i.BusinessKey) = (instanceId, state, businessKey));
            yield return RecordClone.Of(Task, t => (t.Id, t.InstanceId, t.BusinessKey) = (taskId, instanceId, businessKey));
            yield return RecordClone.Of(Timer, t => (t.Id, t.InstanceId, t.DueAt) = (timerId, instanceId, timerDue));
            foreach (var h in History) yield return RecordClone.Of(h, c => (c.Id, c.InstanceId) = (Guid.NewGuid(), instanceId));
        }
    }
}
