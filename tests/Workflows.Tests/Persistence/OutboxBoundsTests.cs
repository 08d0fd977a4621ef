using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Workflows.Engine.Hosting;
using Orchestrator.Workflows.Engine.Outbox;
using Orchestrator.Workflows.Engine.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Tests.Runtime;
using Orchestrator.Workflows.Tests.Support;

namespace Orchestrator.Workflows.Tests.Persistence;

/// <summary>
/// The outbox stays bounded: a step dispatches only the rows it wrote, the sweep reads one page at a time, and
/// rows that keep failing are parked so they cannot starve the rows behind them.
/// </summary>
public abstract class OutboxBoundsTests : WorkflowScenarioBase
{
    private const int PageSize = 10;
    private const int MaxAttempts = 2;

    protected abstract void UseStoreFor(WorkflowEngineBuilder engine);

    protected sealed override void UseStore(WorkflowEngineBuilder engine)
    {
        UseStoreFor(engine);
        engine.AddOutboxHandler<FailingHandler>();
        engine.AddOutboxHandler<CountingHandler>();
    }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var options = Services.GetRequiredService<WorkflowEngineOptions>();
        (options.OutboxSweepPageSize, options.OutboxMaxAttempts) = (PageSize, MaxAttempts);
        await SetAsideRowsOfEarlierTestsAsync();
    }

    /// <summary>The tests of a class share a database: rows an earlier test left waiting are marked sent.</summary>
    private async Task SetAsideRowsOfEarlierTestsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IWorkflowStore>();
        foreach (var row in await store.UndispatchedOutboxAsync(10_000, DateTimeOffset.MaxValue))
        {
            row.DispatchedAt = Clock.GetUtcNow();
            store.Update(row);
        }
        await store.SaveChangesAsync();
    }

    [Fact]
    public async Task A_step_dispatches_the_rows_it_wrote_and_leaves_older_rows_to_the_sweep()
    {
        Services.GetRequiredService<WorkflowEngineOptions>().DispatchOutboxAfterCommit = true;
        var left = await AddRowsAsync(FailingHandler.OutboxKind, 1, Clock.GetUtcNow().AddHours(-1));

        var id = await StartAsync("boundary-timer-interrupting.bpmn", "boundary_interrupting");

        var timer = Assert.Single(await PendingTimersAsync(id));
        Assert.Equal((timer.Id, timer.DueAt), Assert.Single(Scheduler.Scheduled));
        Assert.Equal(0, (await FindAsync(left[0])).Attempts);
    }

    [Fact]
    public async Task The_sweep_reads_one_page_oldest_first()
    {
        var start = Clock.GetUtcNow().AddHours(-1);
        await AddRowsAsync(CountingHandler.OutboxKind, PageSize * 2 + 3, start);

        Assert.Equal(PageSize, await SweepAsync());
        Assert.Equal(PageSize, await SweepAsync());
        Assert.Equal(3, await SweepAsync());
        Assert.Equal(0, await SweepAsync());
        var page = await InScope(s => s.UndispatchedOutboxAsync(PageSize, Clock.GetUtcNow()));
        Assert.Empty(page);
    }

    [Fact]
    public async Task Rows_that_keep_failing_are_parked_and_no_longer_hold_up_newer_rows()
    {
        var start = Clock.GetUtcNow().AddHours(-1);
        var failing = await AddRowsAsync(FailingHandler.OutboxKind, PageSize + 5, start);
        var good = await AddRowsAsync(CountingHandler.OutboxKind, 1, start.AddMinutes(30));

        var rounds = 0;
        while ((await FindAsync(good[0])).DispatchedAt is null)
        {
            Assert.True(++rounds <= 10, "the good row was starved by failing rows");
            await SweepAsync();
        }
        Assert.Equal(MaxAttempts + 1, rounds); // the first page was parked after two rounds, the third reached the good row
        while ((await InScope(s => s.UndispatchedOutboxAsync(PageSize, Clock.GetUtcNow()))).Count > 0)
        {
            Assert.True(++rounds <= 10, "failing rows were never parked");
            await SweepAsync();
        }

        foreach (var id in failing)
        {
            var row = await FindAsync(id);
            Assert.NotNull(row.ParkedAt);
            Assert.Equal(MaxAttempts, row.Attempts);
            Assert.Contains("always fails", row.LastError);
        }
        Assert.Equal(0, await SweepAsync());
    }

    private async Task<int> SweepAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(TimeSpan.FromSeconds(30));
    }

    private async Task<List<Guid>> AddRowsAsync(string kind, int count, DateTimeOffset from)
    {
        var ids = new List<Guid>();
        await using var scope = Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IWorkflowStore>();
        for (var i = 0; i < count; i++)
        {
            var row = new OutboxRecord { Kind = kind, CreatedAt = from.AddSeconds(i), PayloadJson = "{}" };
            store.Add(row);
            ids.Add(row.Id);
        }
        await store.SaveChangesAsync();
        return ids;
    }

    private Task<OutboxRecord> FindAsync(Guid id) => InScope(async s => (await s.FindAsync<OutboxRecord>(id))!);

    private async Task<T> InScope<T>(Func<IWorkflowStore, Task<T>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<IWorkflowStore>());
    }

    private sealed class FailingHandler : IOutboxHandler
    {
        public const string OutboxKind = "test.fail";
        public string Kind => OutboxKind;
        public Task HandleAsync(OutboxRecord item, CancellationToken cancellationToken) => throw new InvalidOperationException("This handler always fails.");
    }

    private sealed class CountingHandler : IOutboxHandler
    {
        public const string OutboxKind = "test.ok";
        public string Kind => OutboxKind;
        public Task HandleAsync(OutboxRecord item, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

public sealed class InMemoryOutboxBoundsTests : OutboxBoundsTests
{
    protected override void UseStoreFor(WorkflowEngineBuilder engine) => engine.UseInMemoryStore();
}

public sealed class SqliteOutboxBoundsTests(SqliteDatabase database) : OutboxBoundsTests, IClassFixture<SqliteDatabase>
{
    protected override void UseStoreFor(WorkflowEngineBuilder engine) => engine.UseSqlite(database);
}

public sealed class PostgresOutboxBoundsTests(PostgresDatabase database) : OutboxBoundsTests, IClassFixture<PostgresDatabase>
{
    protected override void UseStoreFor(WorkflowEngineBuilder engine) => engine.UsePostgres(database);
}
