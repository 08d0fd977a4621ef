using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Features.Customers;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Features.Access;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Features.Customers;

/// <summary>Customer 360 reads a fixed number of SQL commands whatever the number of the customer's requests.</summary>
public abstract class Customer360QueryCountTests(IScenarioHost host)
{
    private readonly AccessMatrixHarness people = new(host);

    [Fact]
    public async Task Twenty_requests_cost_as_many_commands_as_one()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(9, 0));
        var one = await CustomerWithComplaintsAsync(1);
        var twenty = await CustomerWithComplaintsAsync(20);

        var (oneCommands, oneView) = await CountAsync(one.CustomerId);
        var (twentyCommands, twentyView) = await CountAsync(twenty.CustomerId);

        Assert.Single(oneView.Requests);
        Assert.Equal(20, twentyView.Requests.Count);
        Assert.All(twentyView.Requests, r => Assert.NotEmpty(r.History));
        Assert.Equal(oneCommands, twentyCommands);
        Assert.InRange(oneCommands, 1, 15);
    }

    private async Task<TestAccount> CustomerWithComplaintsAsync(int count)
    {
        var account = await TestAccounts.CreateAsync(host);
        for (var i = 0; i < count; i++)
            await FlowDriver.SubmitAsync(host, new SubmitRequest(ServiceRequestType.Complaint, ApplicantKind.Individual, RequestChannel.Hotline,
                null, $"第 {i + 1} 次来电：水压低", account.CustomerId, null, account.AccountNumber));
        return account;
    }

    private Task<(int Commands, Customer360 View)> CountAsync(Guid customerId) => people.AsPageAsync("clerk", async (op, _) =>
    {
        var db = op.Get<OrchestratorDbContext>();
        using var counter = new CommandCounter(db);
        var view = await op.Get<Customer360Query>().LoadAsync(customerId) ?? throw new InvalidOperationException("customer not found");
        return (counter.Count, view);
    });

    /// <summary>Counts the SQL commands one DbContext sends, from EF Core's diagnostic events (other contexts' are ignored).</summary>
    private sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly DbContext context;
        private readonly IDisposable all;
        private readonly List<IDisposable> subscriptions = [];
        private int count;

        public CommandCounter(DbContext context)
        {
            this.context = context;
            all = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public int Count => Volatile.Read(ref count);

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name) lock (subscriptions) subscriptions.Add(listener.Subscribe(this));
        }

        public void OnNext(KeyValuePair<string, object?> e)
        {
            if (e.Key == RelationalEventId.CommandExecuting.Name && e.Value is CommandEventData data && ReferenceEquals(data.Context, context))
                Interlocked.Increment(ref count);
        }

        public void OnCompleted() { }

        public void OnError(Exception error) { }

        public void Dispose()
        {
            all.Dispose();
            lock (subscriptions) subscriptions.ForEach(s => s.Dispose());
        }
    }
}

public sealed class Customer360QueryCountSqliteTests(SqliteScenarioHost host) : Customer360QueryCountTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class Customer360QueryCountPostgresTests(PostgresScenarioHost host) : Customer360QueryCountTests(host), IClassFixture<PostgresScenarioHost>;
