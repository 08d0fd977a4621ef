using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Bench.Infrastructure;
using Orchestrator.Bench.Measuring;
using Orchestrator.Bench.Reporting;
using Orchestrator.Bench.Scenarios.Lifecycle;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Bench.Scenarios.PersistedLifecycle;

/// <summary>
/// 2. The whole lifecycle through the EF store on the Host's DbContext, on SQLite and on PostgreSQL, against a
/// plain ADO.NET loop making the same commits. The two alternate in rounds so a busy neighbour on the machine
/// slows both alike. Target: the engine at least 0.7 times the plain loop's rate.
/// </summary>
public sealed class PersistedLifecycleScenario : IBenchScenario
{
    public const double TargetShare = 0.7;
    private const int Rounds = 4;

    public IReadOnlyList<int> Numbers => [2];

    public string Title => "Persisted lifecycle vs plain commits";

    public async Task<IReadOnlyList<BenchResult>> RunAsync(BenchSettings settings)
    {
        var results = new List<BenchResult>();
        await using (var sqlite = BenchDatabase.Sqlite(settings, "lifecycle"))
            results.AddRange(await MeasureAsync(settings, sqlite, "SQLite"));
        await using (var postgres = await BenchDatabase.PostgresAsync(settings, "lifecycle"))
            results.AddRange(await MeasureAsync(settings, postgres, "PostgreSQL"));
        return results;
    }

    private static async Task<IReadOnlyList<BenchResult>> MeasureAsync(BenchSettings settings, BenchDatabase database, string name)
    {
        var trap = new CreatedTaskTrap();
        await using var services = EngineComposition.OnDatabase(database, trap).BuildServiceProvider();
        await EngineComposition.MigrateAsync(services);
        var engine = new LifecycleDriver(services, trap);
        await engine.DeployAsync();
        var shape = await StepShape.ProbeAsync(services, trap);
        var plain = new PlainCommitLoop(database, ModelOf(services), shape);

        var (warmUp, round, max) = (settings.Seconds(1), settings.Seconds(2), 1_000_000);
        await BoundedLoop.RunAsync(warmUp, max, n => engine.RunOneAsync(n, record: false));
        await BoundedLoop.RunAsync(warmUp, max, _ => plain.RunOneAsync(record: false));
        var (ours, theirs) = (new LoopOutcome(0, TimeSpan.Zero), new LoopOutcome(0, TimeSpan.Zero));
        for (var r = 0; r < Rounds; r++)
        {
            var offset = 1_000_000 * (r + 1);
            ours = Add(ours, await BoundedLoop.RunAsync(round, max, n => engine.RunOneAsync(offset + n, record: true)));
            theirs = Add(theirs, await BoundedLoop.RunAsync(round, max, _ => plain.RunOneAsync(record: true)));
        }
        var share = ours.PerSecond / theirs.PerSecond;
        var breakdown = await BreakdownAsync(database, warmUp, round);
        var rows = $"{shape.RowsPerInstance} rows/instance (instance, task, {shape.HistoryOfStart.Count}+{shape.HistoryOfCompletion.Count} history, {shape.GroupsOfTask.Count} inbox group rows added then removed; state {shape.InstanceAfterStart.StateJson.Length}/{shape.InstanceAfterCompletion.StateJson.Length} chars; outbox rows {shape.OutboxRows})";
        return
        [
            new($"2 persisted lifecycle, {name}", $"{ours.PerSecond:N0} instances/s; steps {engine.Steps.Summary()}",
                $"≥ {TargetShare:0.0}× plain", share >= TargetShare, $"{share:0.00}× the plain loop; {ours.Iterations:N0} instances; processor time of this process per instance {ours.ProcessorMsEach:0.00} ms (plain loop {theirs.ProcessorMsEach:0.00} ms); {breakdown}"),
            new($"2 plain loop, {name}", $"{theirs.PerSecond:N0} instances/s; commits {plain.Commits.Summary()}", "", null, rows),
        ];
    }

    /// <summary>
    /// Where an instance's time goes, from a round of its own on a second engine whose DbContexts time every database
    /// call: the measured rounds above run without that interceptor, which the product does not have.
    /// </summary>
    private static async Task<string> BreakdownAsync(BenchDatabase database, TimeSpan warmUp, TimeSpan round)
    {
        var (trap, databaseTime) = (new CreatedTaskTrap(), new DatabaseTimeRecorder());
        await using var services = EngineComposition.OnDatabase(database, trap, databaseTime).BuildServiceProvider();
        var engine = new LifecycleDriver(services, trap);
        await engine.DeployAsync();
        await BoundedLoop.RunAsync(warmUp, 1_000_000, n => engine.RunOneAsync(20_000_000 + n, record: false));
        databaseTime.Enabled = true;
        var timed = await BoundedLoop.RunAsync(round, 1_000_000, n => engine.RunOneAsync(30_000_000 + n, record: false));
        var perInstanceMs = timed.Elapsed.TotalMilliseconds / timed.Iterations;
        var outside = perInstanceMs - databaseTime.Total.TotalMilliseconds / timed.Iterations;
        return $"timed round: per instance {perInstanceMs:0.0} ms: {databaseTime.Breakdown(timed.Iterations)}, outside the database {outside:0.0} ms";
    }

    private static Microsoft.EntityFrameworkCore.Metadata.IModel ModelOf(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>().Model;
    }

    private static LoopOutcome Add(LoopOutcome a, LoopOutcome b) =>
        new(a.Iterations + b.Iterations, a.Elapsed + b.Elapsed, a.ProcessorTime + b.ProcessorTime);
}
