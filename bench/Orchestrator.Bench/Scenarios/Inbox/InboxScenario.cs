using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orchestrator.Bench.Infrastructure;
using Orchestrator.Bench.Measuring;
using Orchestrator.Bench.Reporting;
using Orchestrator.Host.Features.Customers;
using Orchestrator.Host.Features.Dashboard;
using Orchestrator.Host.Features.Tasks;

namespace Orchestrator.Bench.Scenarios.Inbox;

/// <summary>
/// 3. The product's own workplace reads at scale on PostgreSQL, on one data set (<see cref="InboxDataSet"/>:
/// 1,000,000 requests, 5,000,000 tasks, skewed units): the inbox's first page (<see cref="OpenTasksQuery"/>) for
/// each of the 50 units in turn (target p95 ≤ 20 ms), customer 360 (<see cref="Customer360Query"/>, ≤ 50 ms)
/// and the dashboard (<see cref="DashboardQuery"/>, ≤ 300 ms), each call in its own DI scope for its company.
/// </summary>
public sealed class InboxScenario : IBenchScenario
{
    public const double InboxTargetP95Ms = 20;
    public const double DashboardTargetP95Ms = 300;
    public const double CustomerTargetP95Ms = 50;

    /// <summary>A dashboard call that takes longer is stopped and reported as a miss.</summary>
    private static readonly TimeSpan DashboardPatience = TimeSpan.FromMinutes(3);

    public IReadOnlyList<int> Numbers => [3];

    public string Title => "Inbox, dashboard and customer 360 at scale on PostgreSQL";

    public async Task<IReadOnlyList<BenchResult>> RunAsync(BenchSettings settings)
    {
        await using var database = await BenchDatabase.PostgresAsync(settings, "inbox");
        using var host = WorkplaceComposition.Build(database);
        await EngineComposition.MigrateAsync(host.Services);

        var data = new InboxDataSet(settings.Size(1_000_000), DateTimeOffset.UtcNow);
        var phases = new PhaseClock();
        await using (var connection = new NpgsqlConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await phases.TimeAsync("COPY + ANALYZE", () => data.LoadAsync(connection));
        }
        return [.. await InboxAsync(host.Services, settings, data, phases), await CustomerAsync(host.Services, settings, data), await DashboardAsync(host.Services, settings)];
    }

    private static async Task<IReadOnlyList<BenchResult>> InboxAsync(IServiceProvider services, BenchSettings settings, InboxDataSet data, PhaseClock phases)
    {
        Task<OpenTasksPage> FirstPage(int unit) => services.AsCompanyAsync(InboxDataSet.CompanyOf(unit),
            s => s.GetRequiredService<OpenTasksQuery>().PageAsync(WorkplaceComposition.StaffOf(unit)));
        await BoundedLoop.RunAsync(settings.Seconds(10), InboxDataSet.Units, n => FirstPage(n));

        var latency = new LatencyRecorder();
        var (empty, partial) = (new HashSet<int>(), new HashSet<int>());
        await phases.TimeAsync("first pages", () => BoundedLoop.RunAsync(settings.Seconds(60), 20_000, async n =>
        {
            var unit = n % InboxDataSet.Units;
            var page = await latency.TimeAsync(() => FirstPage(unit));
            if (page.Items.Count == 0) empty.Add(unit);
            else if (page.Items.Count < OpenTasksQuery.DefaultPageSize) partial.Add(unit);
        }));
        var plan = await QueryPlan.OfAsync(ConnectionOf(services), "wf_user_task_groups", () => FirstPage(0));
        var planFile = settings.WriteOutput("inbox-plan.txt", plan);
        var p95 = latency.PercentileMs(95);
        var expectedEmpty = Enumerable.Range(InboxDataSet.Units - InboxDataSet.EmptyUnits, InboxDataSet.EmptyUnits).ToHashSet();
        return
        [
            new($"3 inbox first page ({OpenTasksQuery.DefaultPageSize}), OpenTasksQuery, PostgreSQL",
                $"p95 {p95:0.0} ms (p50 {latency.PercentileMs(50):0.0}, p99 {latency.PercentileMs(99):0.0}, max {latency.PercentileMs(100):0}; {latency.Count} pages)",
                $"p95 ≤ {InboxTargetP95Ms} ms", p95 <= InboxTargetP95Ms && empty.SetEquals(expectedEmpty) && partial.Count == 0,
                $"{data.Requests:N0} requests, {data.Tasks:N0} tasks ({data.Requests:N0} open), {InboxDataSet.Units} units of {InboxDataSet.Companies} companies, " +
                $"unit 0 holds 40 % of the open tasks, units {string.Join(",", expectedEmpty.Order())} none (empty pages seen: {string.Join(",", empty.Order())}); {phases}; " +
                $"plan of unit 0's page: {Path.GetFileName(planFile)}, {ExecutionTime(plan)}"),
        ];
    }

    private static string ConnectionOf(IServiceProvider services) =>
        services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Host.Persistence.DatabaseOptions>>().Value.ConnectionString;

    private static string ExecutionTime(string plan) =>
        plan.Split('\n').FirstOrDefault(l => l.TrimStart().StartsWith("Execution Time", StringComparison.Ordinal))?.Trim() ?? "";

    private static async Task<BenchResult> CustomerAsync(IServiceProvider services, BenchSettings settings, InboxDataSet data)
    {
        var latency = new LatencyRecorder();
        var requestsShown = 0;
        await BoundedLoop.RunAsync(settings.Seconds(10), 20, n => Customer360(services, data, n));
        await BoundedLoop.RunAsync(settings.Seconds(60), 2_000, async n =>
        {
            var customer = await latency.TimeAsync(() => Customer360(services, data, n * 7919));
            requestsShown = Math.Max(requestsShown, customer?.Requests.Count ?? 0);
        });
        var p95 = latency.PercentileMs(95);
        return new("3 customer 360, Customer360Query, PostgreSQL",
            $"p95 {p95:0.0} ms (p50 {latency.PercentileMs(50):0.0}, max {latency.PercentileMs(100):0}; {latency.Count} customers)",
            $"p95 ≤ {CustomerTargetP95Ms} ms", p95 <= CustomerTargetP95Ms,
            $"{data.Customers:N0} customers, up to {requestsShown} requests each with their timelines; the query as it is on this branch");
    }

    private static Task<Customer360?> Customer360(IServiceProvider services, InboxDataSet data, int n)
    {
        var customer = (int)((uint)n % (uint)data.Customers);
        return services.AsCompanyAsync(InboxDataSet.CustomerCompany(customer),
            s => s.GetRequiredService<Customer360Query>().LoadAsync(InboxDataSet.CustomerId(customer)));
    }

    /// <summary>The second company's dashboard (about a ninth of the tasks), one warm-up visit, then up to 200 in 60 s.</summary>
    private static async Task<BenchResult> DashboardAsync(IServiceProvider services, BenchSettings settings)
    {
        var latency = new LatencyRecorder();
        var company = InboxDataSet.Company(1);
        var summary = System.Diagnostics.Stopwatch.StartNew();
        int countedDays;
        await using (var scope = services.CreateAsyncScope())
            countedDays = await scope.ServiceProvider.GetRequiredService<SlaDaySummaries>().SummariseAsync();
        summary.Stop();
        try
        {
            Task<DashboardFigures> Visit() => services.AsCompanyAsync(company, async s =>
            {
                using var patience = new CancellationTokenSource(DashboardPatience);
                return await s.GetRequiredService<DashboardQuery>().LoadAsync(patience.Token);
            });
            await Visit(); // warm-up: EF Core compiles the queries
            await BoundedLoop.RunAsync(settings.Seconds(60), 200, _ => latency.TimeAsync(() => Visit()));
        }
        catch (OperationCanceledException)
        {
            return new("3 dashboard, DashboardQuery, PostgreSQL", $"> {DashboardPatience.TotalSeconds:0} s (stopped)", $"p95 ≤ {DashboardTargetP95Ms} ms", false,
                "one call did not finish in time; the query as it is on this branch");
        }
        var p95 = latency.PercentileMs(95);
        return new("3 dashboard, DashboardQuery, PostgreSQL",
            $"p95 {p95:0} ms (p50 {latency.PercentileMs(50):0}; {latency.Count} calls)", $"p95 ≤ {DashboardTargetP95Ms} ms", p95 <= DashboardTargetP95Ms,
            $"the second company's dashboard (units 8–15); before it, the hourly job counted {countedDays} company-days of completions in {summary.Elapsed.TotalSeconds:0.0} s");
    }
}
