using System.Diagnostics;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Bench.Infrastructure;
using Orchestrator.Bench.Reporting;
using Orchestrator.Domain.Organization;
using Orchestrator.Host.Features.Billing;
using Orchestrator.Host.Features.BillRuns;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Bench.Scenarios.BillRun;

/// <summary>
/// 6. A bill run (开账) over a book of 100,000 accounts with readings, through the product's own commands
/// (RunBills, then ReleaseBillRun into the ledgers), on SQLite and on PostgreSQL. Target: 30 s or less for
/// run plus release, and a peak managed heap that does not grow with the number of accounts (the same run
/// over a tenth of the accounts is measured beside it). BENCH_BILLRUN_ACCOUNTS sets another size for profiling.
/// </summary>
public sealed class BillRunScenario : IBenchScenario
{
    public const double TargetSeconds = 30;

    public IReadOnlyList<int> Numbers => [6];

    public string Title => "Bill run over 100,000 accounts";

    public async Task<IReadOnlyList<BenchResult>> RunAsync(BenchSettings settings)
    {
        var results = new List<BenchResult>();
        var full = Environment.GetEnvironmentVariable("BENCH_BILLRUN_ACCOUNTS") is { Length: > 0 } size ? int.Parse(size, System.Globalization.CultureInfo.InvariantCulture) : settings.Size(100_000);
        foreach (var provider in new[] { "PostgreSQL", "SQLite" })
        {
            var small = await MeasureAsync(settings, provider, full / 10);
            var large = await MeasureAsync(settings, provider, full);
            var total = large.Run + large.Release;
            var flat = large.PeakMb <= Math.Max(small.PeakMb * 1.5, small.PeakMb + 30);
            results.Add(new($"6 bill run {full:N0} accounts, {provider}", $"{total.TotalSeconds:0.0} s (run {large.Run.TotalSeconds:0.0} s, release {large.Release.TotalSeconds:0.0} s)",
                $"≤ {TargetSeconds} s", total.TotalSeconds <= TargetSeconds,
                $"{large.Billed:N0} bills, {large.Amount:N2} yuan; data load {large.Load.TotalSeconds:0} s"));
            results.Add(new($"6 bill run peak heap, {provider}", $"{large.PeakMb:0} MB at {full:N0} accounts, {small.PeakMb:0} MB at {full / 10:N0}",
                "flat in accounts", flat, $"managed heap above the start while running and releasing; batches of {BillRunBatches.BatchSize}"));
        }
        return results;
    }

    private static async Task<Measurement> MeasureAsync(BenchSettings settings, string provider, int accounts)
    {
        Console.Error.WriteLine($"   {provider}: {accounts:N0} accounts");
        await using var database = provider == "SQLite" ? BenchDatabase.Sqlite(settings, $"billrun{accounts}") : await BenchDatabase.PostgresAsync(settings, "billrun");
        var services = new ServiceCollection();
        services.AddLogging();
        EngineComposition.AddHostPersistence(services, database);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<BillRunBatches>().AddScoped<RunBills>().AddScoped<ReleaseBillRun>();
        await using var provider_ = services.BuildServiceProvider();
        await EngineComposition.MigrateAsync(provider_);

        var data = new BillRunDataSet(accounts);
        var load = Stopwatch.StartNew();
        await data.LoadAsync(() => provider_.CreateScope().ServiceProvider.GetRequiredService<OrchestratorDbContext>());
        load.Stop();
        var staff = new BillingStaff(data.CompanyId, "bench", new HashSet<string> { Roles.BusinessOfficeManager, Roles.BusinessOffice });

        using var memory = new MemorySampler();
        var clock = Stopwatch.StartNew();
        Guid runId;
        await using (var scope = provider_.CreateAsyncScope())
            runId = (await scope.ServiceProvider.GetRequiredService<RunBills>().ExecuteAsync(staff, data.BookId, BillRunDataSet.Period)).Id;
        var run = clock.Elapsed;
        clock.Restart();
        Domain.Billing.BillRun released;
        await using (var scope = provider_.CreateAsyncScope())
            released = await scope.ServiceProvider.GetRequiredService<ReleaseBillRun>().ExecuteAsync(staff, runId);
        var release = clock.Elapsed;
        var peak = memory.PeakAboveStartMb;
        await using (var scope = provider_.CreateAsyncScope())
        {
            var bills = await scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>().Bills.CountAsync(b => b.BillRunId == runId);
            if (bills != released.BilledAccounts) throw new InvalidOperationException($"{bills} bills for {released.BilledAccounts} billed accounts.");
        }
        Console.Error.WriteLine($"   run {run.TotalSeconds:0.0} s, release {release.TotalSeconds:0.0} s, peak {peak:0} MB");
        return new Measurement(load.Elapsed, run, release, peak, released.BilledAccounts, released.Amount);
    }

    private sealed record Measurement(TimeSpan Load, TimeSpan Run, TimeSpan Release, double PeakMb, int Billed, decimal Amount);
}
