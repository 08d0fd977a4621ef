using System.Data.Common;
using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Host.Access;
using Orchestrator.Host.Features.Exceptions;
using Orchestrator.Host.Features.Notifications;
using Orchestrator.Host.Features.Waiting;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Features.Access;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Persistence;

/// <summary>
/// The first page of each oldest-first list is read from its own index in list order (the database's plan of the
/// product's own command): each waiting step's open tasks from IX_wf_user_tasks_Waiting, the open incidents from
/// IX_wf_incidents_Open_List, the open calls from IX_customer_calls_Open. On SQLite no range is sorted apart from
/// the few rows the waiting steps' union gives; PostgreSQL is told to avoid a table scan, as it would on a large table.
/// </summary>
public abstract class OldestFirstListPlanTests(IScenarioHost host, bool postgres)
{
    private readonly AccessMatrixHarness people = new(host);

    [Fact]
    public async Task Waiting_steps_read_their_open_tasks_in_list_order_from_the_index()
    {
        var plan = await PlanAsync("clerk", op => op.Get<WaitingForCustomerQuery>().PageAsync());

        Assert.Equal(CustomerWaits.TaskSteps.Count, Count(plan, "IX_wf_user_tasks_Waiting"));
        if (!postgres) Assert.Equal(1, Count(plan, "TEMP B-TREE")); // only the union of at most a page per step
    }

    [Fact]
    public async Task Open_incidents_are_read_in_list_order_from_the_index()
    {
        var plan = await PlanAsync("duty", op => op.Get<OpenIncidentsQuery>().PageAsync());

        Assert.Contains("IX_wf_incidents_Open_List", plan);
        if (!postgres) Assert.DoesNotContain("TEMP B-TREE", plan);
    }

    [Fact]
    public async Task Open_calls_are_read_in_list_order_from_the_index()
    {
        var plan = await PlanAsync("clerk", async op =>
        {
            var user = await op.Get<UserManager<ApplicationUser>>().FindByNameAsync("clerk");
            return await op.Get<CallListQuery>().OpenAsync(await op.Get<IUserClaimsPrincipalFactory<ApplicationUser>>().CreateAsync(user!));
        }, "customer_calls");

        Assert.Contains("IX_customer_calls_Open", plan);
        if (!postgres) Assert.DoesNotContain("TEMP B-TREE", plan);
    }

    private static int Count(string plan, string text) => plan.Split(text).Length - 1;

    /// <summary>The plan of the first command <paramref name="read"/> sends (or the first naming <paramref name="table"/>), with its parameters.</summary>
    private Task<string> PlanAsync<T>(string user, Func<WorkplaceOperation, Task<T>> read, string? table = null) =>
        people.AsPageAsync(user, async (op, _) =>
        {
            var db = op.Get<OrchestratorDbContext>();
            var caught = new FirstCommand(db, table);
            using (DiagnosticListener.AllListeners.Subscribe(caught))
            {
                // EF Core caches for up to a second whether anyone listens to its diagnostics: read until one is seen.
                var deadline = Stopwatch.StartNew();
                do await read(op);
                while (caught.Text is null && deadline.Elapsed < TimeSpan.FromSeconds(30));
            }
            Assert.NotNull(caught.Text);
            var connection = db.Database.GetDbConnection();
            if (connection.State != System.Data.ConnectionState.Open) await db.Database.OpenConnectionAsync();
            if (postgres) await db.Database.ExecuteSqlRawAsync("SET enable_seqscan = off");
            await using var explain = connection.CreateCommand();
            explain.CommandText = (postgres ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + caught.Text;
            foreach (var (name, value) in caught.Parameters)
            {
                var parameter = explain.CreateParameter();
                (parameter.ParameterName, parameter.Value) = (name, value);
                explain.Parameters.Add(parameter);
            }
            var lines = new List<string>();
            await using (var reader = await explain.ExecuteReaderAsync())
                while (await reader.ReadAsync()) lines.Add(reader.GetValue(postgres ? 0 : 3).ToString()!);
            if (postgres) await db.Database.ExecuteSqlRawAsync("RESET enable_seqscan");
            return string.Join(Environment.NewLine, lines);
        });

    private sealed class FirstCommand(DbContext context, string? table) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        private readonly List<IDisposable> subscriptions = [];

        public string? Text { get; private set; }

        public List<(string Name, object Value)> Parameters { get; } = [];

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name) lock (subscriptions) subscriptions.Add(listener.Subscribe(this));
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key != RelationalEventId.CommandExecuting.Name || value.Value is not CommandEventData data || !ReferenceEquals(data.Context, context)) return;
            lock (subscriptions)
            {
                if (Text is not null || (table is not null && !data.Command.CommandText.Contains(table, StringComparison.Ordinal))) return;
                Text = data.Command.CommandText;
                Parameters.AddRange(data.Command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value ?? DBNull.Value)));
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}

public sealed class OldestFirstListPlanSqliteTests(SqliteScenarioHost host) : OldestFirstListPlanTests(host, postgres: false), IClassFixture<SqliteScenarioHost>;

public sealed class OldestFirstListPlanPostgresTests(PostgresScenarioHost host) : OldestFirstListPlanTests(host, postgres: true), IClassFixture<PostgresScenarioHost>;
