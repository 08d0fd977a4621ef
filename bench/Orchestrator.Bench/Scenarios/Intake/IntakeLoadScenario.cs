using Orchestrator.Bench.Infrastructure;
using Orchestrator.Bench.Reporting;
using Orchestrator.Bench.Scenarios.OpenInstances;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Bench.Scenarios.Intake;

/// <summary>
/// 7. Fifty concurrent clients taking requests through the real Host's REST intake for 60 s, on SQLite and on
/// PostgreSQL: requests per second and p95 reported; the target is no error at all and request numbers gap-free
/// per day (read back from the database), every request taken counted there.
/// </summary>
public sealed class IntakeLoadScenario : IBenchScenario
{
    public const int Clients = 50;

    public IReadOnlyList<int> Numbers => [7];

    public string Title => "Intake under load through the REST API";

    public async Task<IReadOnlyList<BenchResult>> RunAsync(BenchSettings settings)
    {
        var results = new List<BenchResult>();
        await using (var sqlite = BenchDatabase.Sqlite(settings, "intake"))
            results.Add(await MeasureAsync(settings, sqlite, "SQLite", sqlite.ConnectionString + ";Default Timeout=30"));
        await using (var postgres = await BenchDatabase.PostgresAsync(settings, "intake"))
            results.Add(await MeasureAsync(settings, postgres, "PostgreSQL", postgres.ConnectionString + ";Maximum Pool Size=60"));
        return results;
    }

    private static async Task<BenchResult> MeasureAsync(BenchSettings settings, BenchDatabase database, string name, string hostConnection)
    {
        var environment = new Dictionary<string, string> { ["Database__Provider"] = database.Provider.ToString() };
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(120) };
        http.DefaultRequestHeaders.ConnectionClose = false;
        await using var host = HostProcess.Start(settings, hostConnection, Path.Combine(settings.OutputDirectory, $"host-intake-{name.ToLowerInvariant()}.log"), environment);
        var startUp = await host.WaitUntilHealthyAsync(http, TimeSpan.FromMinutes(4));
        var clients = new IntakeClients(http, host.Address);
        await clients.SignInAsync();
        var before = await RequestNumberAudit.CheckAsync(database);
        await clients.RunAsync(Clients, settings.Seconds(5)); // warm-up: JIT, pools, the first day's counter row
        var warmUp = await RequestNumberAudit.CheckAsync(database);
        var outcome = await clients.RunAsync(Clients, settings.Seconds(60));
        var audit = await RequestNumberAudit.CheckAsync(database);
        var lost = warmUp.Numbers + outcome.Created - audit.Numbers;
        var met = outcome.Errors == 0 && audit.GapFree && lost == 0;
        return new BenchResult($"7 intake, {Clients} clients, REST, {name}",
            $"{outcome.PerSecond:N0} requests/s; p95 {outcome.Latency.PercentileMs(95):0} ms (p50 {outcome.Latency.PercentileMs(50):0}, p99 {outcome.Latency.PercentileMs(99):0}, max {outcome.Latency.PercentileMs(100):0})",
            "0 errors, numbers gap-free per day", met,
            $"{outcome.Created:N0} taken in {outcome.Elapsed.TotalSeconds:0} s, {outcome.Errors} errors{(outcome.FirstError is { } e ? $" (first: {e})" : "")}; "
            + $"{audit.Numbers:N0} numbers over {audit.Days} prefix-days, {(audit.GapFree ? "gap-free" : "gaps in " + string.Join(", ", audit.Broken))}, "
            + $"{(lost == 0 ? "none lost or extra" : $"{lost} taken but not stored")}; {before.Numbers} demo requests before; Host healthy {startUp.TotalSeconds:0} s after start (first start: migrations, demo data)");
    }
}
