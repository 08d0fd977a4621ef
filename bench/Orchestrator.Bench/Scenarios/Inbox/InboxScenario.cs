using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orchestrator.Bench.Infrastructure;
using Orchestrator.Bench.Measuring;
using Orchestrator.Bench.Reporting;
using Orchestrator.Workflows.Engine.Persistence;

namespace Orchestrator.Bench.Scenarios.Inbox;

/// <summary>
/// 3. The inbox at scale on PostgreSQL: 1,000,000 tasks (500,000 open) over 50 units, "my unit's open tasks,
/// overdue first, page of 20", units taken in turn. Target: p95 of 20 ms or less. The plan goes to
/// artifacts/bench/inbox-plan.txt. Two figures without a target show what today's other inbox paths cost.
/// </summary>
public sealed class InboxScenario : IBenchScenario
{
    public const double TargetP95Ms = 20;

    public IReadOnlyList<int> Numbers => [3];

    public string Title => "Inbox at scale on PostgreSQL";

    public async Task<IReadOnlyList<BenchResult>> RunAsync(BenchSettings settings)
    {
        await using var database = await BenchDatabase.PostgresAsync(settings, "inbox");
        var services = new ServiceCollection();
        services.AddLogging();
        EngineComposition.AddHostPersistence(services, database);
        await using (var provider = services.BuildServiceProvider()) await EngineComposition.MigrateAsync(provider);

        var data = new InboxDataSet(settings.Size(500_000), DateTimeOffset.UtcNow);
        var phases = new PhaseClock();
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await phases.TimeAsync("COPY + ANALYZE", () => data.LoadAsync(connection));

        var latency = new LatencyRecorder();
        var smallestPage = int.MaxValue;
        await BoundedLoop.RunAsync(settings.Seconds(10), 20, n => InboxPageQuery.RunAsync(connection, n % 40 + 1));
        await phases.TimeAsync("queries", () => BoundedLoop.RunAsync(settings.Seconds(60), 400, async n =>
        {
            var rows = await latency.TimeAsync(() => InboxPageQuery.RunAsync(connection, n % 40 + 1));
            smallestPage = Math.Min(smallestPage, rows);
        }));
        var plan = await InboxPageQuery.ExplainAsync(connection, 7);
        var planFile = settings.WriteOutput("inbox-plan.txt", plan);
        Console.Error.WriteLine(plan);

        var engineShape = await EngineQueryAsync(database);
        var p95 = latency.PercentileMs(95);
        return
        [
            new("3 inbox page of 20, PostgreSQL", $"p95 {p95:0.0} ms (p50 {latency.PercentileMs(50):0.0}, p99 {latency.PercentileMs(99):0.0}; {latency.Count} queries)",
                $"p95 ≤ {TargetP95Ms} ms", p95 <= TargetP95Ms && smallestPage == InboxPageQuery.PageSize,
                $"{data.Tasks:N0} tasks, {data.Requests:N0} open, {InboxDataSet.Units} units; load {phases}; plan: {Path.GetFileName(planFile)}, {ExecutionTime(plan)}"),
            new("3 engine QueryTasksAsync(candidate group)", $"p50 {engineShape.PercentileMs(50):0} ms, max {engineShape.PercentileMs(100):0} ms ({engineShape.Count} calls)", "", null,
                "the REST API's /api/tasks?candidateGroup= shape (page of 20 in SQL)"),
        ];
    }

    /// <summary>The engine's own inbox query through the EF store, a few calls: it has no page in SQL.</summary>
    private static async Task<LatencyRecorder> EngineQueryAsync(BenchDatabase database)
    {
        await using var services = EngineComposition.OnDatabase(database).BuildServiceProvider();
        var latency = new LatencyRecorder();
        await BoundedLoop.RunAsync(TimeSpan.FromSeconds(30), 5, n => latency.TimeAsync(() =>
            services.InScopeAsync(r => r.QueryTasksAsync(new UserTaskQuery(CandidateGroup: InboxDataSet.Group(n + 1), Take: 20)))));
        return latency;
    }

    private static string ExecutionTime(string plan) =>
        plan.Split('\n').FirstOrDefault(l => l.TrimStart().StartsWith("Execution Time"))?.Trim() ?? "";
}
