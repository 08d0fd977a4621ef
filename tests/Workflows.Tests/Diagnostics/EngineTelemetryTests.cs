using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Orchestrator.Workflows.Engine.Diagnostics;
using Orchestrator.Workflows.Engine.Hosting;
using Orchestrator.Workflows.Engine.Persistence;
using Orchestrator.Workflows.Tests.Runtime;
using Orchestrator.Workflows.Tests.Support;

namespace Orchestrator.Workflows.Tests.Diagnostics;

/// <summary>
/// The engine's instruments as a listener (OpenTelemetry, dotnet-counters) sees them: steps with their spans,
/// incidents, and conflicts. Other tests run alongside, so counts are "at least" what this test caused.
/// </summary>
public abstract class EngineTelemetryTests : WorkflowScenarioBase, IDisposable
{
    private readonly ConcurrentDictionary<string, long> totals = new();
    private readonly ConcurrentBag<string> spans = [];
    private readonly MeterListener meters = new();
    private readonly ActivityListener activities;

    protected EngineTelemetryTests()
    {
        meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == EngineTelemetry.Name) listener.EnableMeasurementEvents(instrument);
        };
        meters.SetMeasurementEventCallback<long>((instrument, value, _, _) => totals.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value));
        meters.Start();
        activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == EngineTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity => spans.Add(activity.OperationName),
        };
        ActivitySource.AddActivityListener(activities);
    }

    [Fact]
    public async Task Each_committed_step_is_counted_and_traced()
    {
        var id = await StartAsync("user-task.bpmn", "approval");
        var task = Assert.Single(await OpenTasksAsync(id));
        await InScope(r => r.CompleteTaskAsync(task.Id, Vars(("approvedBy", "clerk")), "clerk"));

        Assert.True(Total("orchestrator.engine.steps") >= 2, $"steps: {Total("orchestrator.engine.steps")}");
        Assert.True(spans.Count(s => s == "workflow.step") >= 2);
    }

    [Fact]
    public async Task An_incident_is_counted()
    {
        await StartAsync("exclusive-no-match.bpmn", "exclusive_no_match", Vars(("amount", 50)));

        Assert.True(Total("orchestrator.engine.incidents") >= 1);
    }

    [Fact]
    public async Task Every_step_lost_to_a_concurrent_commit_is_counted_as_a_conflict()
    {
        var id = await StartAsync("user-task.bpmn", "approval");
        var task = Assert.Single(await OpenTasksAsync(id));
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            try
            {
                await InScope(r => r.CompleteTaskAsync(task.Id, Vars(("approvedBy", $"clerk{i}")), $"clerk{i}"));
                return "won";
            }
            catch (WorkflowConflictException e) when (e.Message.Contains("someone else", StringComparison.Ordinal))
            {
                return "lost at commit";
            }
            catch (WorkflowConflictException)
            {
                return "saw it completed";
            }
        })));

        Assert.Equal(1, outcomes.Count(o => o == "won"));
        Assert.True(Total("orchestrator.engine.conflicts") >= outcomes.Count(o => o == "lost at commit"));
    }

    [Fact]
    public void The_backlog_the_host_reports_is_what_the_gauges_show()
    {
        EngineTelemetry.ReportBacklog(7, 3);
        var seen = new ConcurrentDictionary<string, long>();
        using var gauges = new MeterListener();
        gauges.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == EngineTelemetry.Name) listener.EnableMeasurementEvents(instrument);
        };
        gauges.SetMeasurementEventCallback<long>((instrument, value, _, _) => seen[instrument.Name] = value);
        gauges.Start();

        gauges.RecordObservableInstruments();

        Assert.Equal(7, seen["orchestrator.engine.outbox.backlog"]);
        Assert.Equal(3, seen["orchestrator.engine.timers.due"]);
    }

    private long Total(string instrument) => totals.GetValueOrDefault(instrument);

    public void Dispose()
    {
        meters.Dispose();
        activities.Dispose();
        GC.SuppressFinalize(this);
    }
}

public sealed class InMemoryEngineTelemetryTests : EngineTelemetryTests
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UseInMemoryStore();
}

public sealed class SqliteEngineTelemetryTests(SqliteDatabase database) : EngineTelemetryTests, IClassFixture<SqliteDatabase>
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UseSqlite(database);
}

public sealed class PostgresEngineTelemetryTests(PostgresDatabase database) : EngineTelemetryTests, IClassFixture<PostgresDatabase>
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UsePostgres(database);
}
