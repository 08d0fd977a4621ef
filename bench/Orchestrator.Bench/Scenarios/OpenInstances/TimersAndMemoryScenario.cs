using System.Diagnostics;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orchestrator.Bench.Infrastructure;
using Orchestrator.Bench.Reporting;
using Orchestrator.Host.Scheduling;

namespace Orchestrator.Bench.Scenarios.OpenInstances;

/// <summary>
/// 4 and 5 on one data set: 100,000 open instances, each with a pending SLA timer, on SQLite (the embedded
/// default, Hangfire in memory).
/// 4. After a restart, the real TimerReconciler gives every pending timer due within the Host's horizon (24 hours)
///    a job in the real Hangfire in-memory storage (Hangfire server running, as in the Host); the rest stay rows
///    until the window job reaches them. Target: 10 s or less, and exactly the timers within the horizon handed over.
/// 5. The real Host started as a process on that database, warmed, its VmRSS read. Target: 300 MB or less.
/// </summary>
public sealed class TimersAndMemoryScenario : IBenchScenario
{
    public const double TargetReconcileSeconds = 10;
    public const double TargetResidentMb = 300;

    public IReadOnlyList<int> Numbers => [4, 5];

    public string Title => "Timers after a restart; Host memory";

    public async Task<IReadOnlyList<BenchResult>> RunAsync(BenchSettings settings)
    {
        await using var database = BenchDatabase.Sqlite(settings, "open-instances");
        var data = new OpenInstancesDataSet(database, settings.Size(100_000));
        var load = Stopwatch.StartNew();
        await data.BuildAsync();
        Console.Error.WriteLine($"   {data.Count:N0} open instances written in {load.Elapsed.TotalSeconds:0.0} s");
        var results = new List<BenchResult>();
        if (settings.Scenarios.Contains(4)) results.Add(await ReconcileAsync(database, data));
        if (settings.Scenarios.Contains(5))
        {
            await SeedThroughHostAsync(settings, database);
            results.Add(await MeasureHostAsync(settings, database, data, "5 Host resident memory, SQLite", TargetResidentMb));
        }
        return results;
    }

    private static async Task<BenchResult> ReconcileAsync(BenchDatabase database, OpenInstancesDataSet data)
    {
        using var host = HostComposition.Builder(database, withScheduling: true).Build();
        await host.StartAsync();
        var (before, clock) = (DateTimeOffset.UtcNow, Stopwatch.StartNew());
        var reconciled = await host.Services.GetRequiredService<TimerReconciler>().ReconcileAsync();
        var (took, after) = (clock.Elapsed, DateTimeOffset.UtcNow);
        clock.Restart();
        var pending = await host.Services.InScopeAsync(r => r.PendingTimersAsync());
        var query = clock.Elapsed;
        var scheduled = host.Services.GetRequiredService<Hangfire.JobStorage>().GetMonitoringApi().ScheduledCount();
        var horizon = host.Services.GetRequiredService<IOptions<SchedulingOptions>>().Value.TimerHorizon;
        // The window ends at the reconciler's "now" plus the horizon, somewhere between these two counts.
        var withinHorizon = pending.Count(t => t.DueAt < before + horizon);
        var atMost = pending.Count(t => t.DueAt < after + horizon);
        await host.StopAsync();
        return new BenchResult("4 timers: reconcile after restart, SQLite + Hangfire in memory",
            $"{took.TotalSeconds:0.00} s for {reconciled:N0} timers", $"≤ {TargetReconcileSeconds} s",
            took.TotalSeconds <= TargetReconcileSeconds && reconciled >= withinHorizon && reconciled <= atMost && scheduled >= withinHorizon,
            $"{data.Count:N0} pending timers, {withinHorizon:N0} due within the {horizon.TotalHours:0} h horizon handed to Hangfire ({scheduled:N0} jobs), "
            + $"the rest stay rows; reading all pending timers for this check took {query.TotalSeconds:0.00} s");
    }

    /// <summary>A first start of the Host migrates, seeds the demo data (users for the warm-up) and deploys the workflow files.</summary>
    private static async Task SeedThroughHostAsync(BenchSettings settings, BenchDatabase database)
    {
        using var http = new HttpClient();
        await using var first = HostProcess.Start(settings, database.ConnectionString, Path.Combine(settings.OutputDirectory, "host-first-start.log"));
        await first.WaitUntilHealthyAsync(http, TimeSpan.FromMinutes(3));
    }

    /// <summary>Starts the Host again (a restart), warms it, reads its memory.</summary>
    private static async Task<BenchResult> MeasureHostAsync(BenchSettings settings, BenchDatabase database, OpenInstancesDataSet data,
        string name, double? targetMb, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(120) };
        var limit = TimeSpan.FromMinutes(3);
        await using var host = HostProcess.Start(settings, database.ConnectionString, Path.Combine(settings.OutputDirectory, "host.log"), environment);
        var startUp = await host.WaitUntilHealthyAsync(http, limit);
        await Task.Delay(TimeSpan.FromSeconds(3));
        var (idle, _) = host.Memory();
        var requests = await HostWarmUp.RunAsync(http, host.Address);
        await Task.Delay(TimeSpan.FromSeconds(3));
        var (resident, peak) = host.Memory();
        return new BenchResult(name, $"{resident:0} MiB = {resident * 1.048576:0} MB VmRSS (peak {peak:0} MiB)", targetMb is { } t ? $"≤ {t} MB" : "",
            targetMb is { } limitMb ? resident * 1.048576 <= limitMb : null,
            $"{data.Count:N0} open instances and timers; healthy {startUp.TotalSeconds:0.0} s after start, {idle:0} MiB then; {requests} warm-up requests");
    }
}
