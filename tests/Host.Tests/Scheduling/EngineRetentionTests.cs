using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Scheduling.Retention;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Host.Tests.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Tests.Scheduling;

/// <summary>
/// Retention purges old finished instances with their engine rows and old sent outbox rows, in batches, and
/// keeps everything still running, everything recent and the request's own business history.
/// </summary>
public abstract class EngineRetentionTests<TDatabase> : IAsyncLifetime where TDatabase : TestDatabase, new()
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 2, 30, 0, TimeSpan.Zero);
    private readonly TDatabase database = new();
    private PersistenceHarness harness = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        harness = new PersistenceHarness(database);
        await harness.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await harness.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task Old_finished_instances_and_sent_outbox_rows_go_in_batches_and_the_rest_stays()
    {
        var (request, requestId) = await RequestAsync();
        var oldFinished = new List<Guid>();
        for (var i = 0; i < 7; i++) oldFinished.Add(await InstanceAsync(request, WorkflowInstanceStatus.Completed, Now.AddDays(-400 - i)));
        var oldCancelled = await InstanceAsync(request, WorkflowInstanceStatus.Cancelled, Now.AddDays(-500));
        var recentFinished = await InstanceAsync(request, WorkflowInstanceStatus.Completed, Now.AddDays(-10));
        var oldButRunning = await InstanceAsync(request, WorkflowInstanceStatus.Active, endedAt: null);
        var oldSent = await OutboxAsync(dispatchedAt: Now.AddDays(-60));
        var recentSent = await OutboxAsync(dispatchedAt: Now.AddDays(-1));
        var oldUnsent = await OutboxAsync(dispatchedAt: null);

        var result = await RunAsync(new RetentionOptions { BatchSize = 10, BatchesPerRound = 5 });

        Assert.Equal(new RetentionResult(8, 1), result);
        await using var scope = harness.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>();
        var purged = oldFinished.Append(oldCancelled).ToList();
        Assert.False(await db.Set<WorkflowInstanceRecord>().AnyAsync(i => purged.Contains(i.Id)));
        Assert.False(await db.Set<HistoryRecord>().AnyAsync(h => purged.Contains(h.InstanceId)));
        Assert.False(await db.Set<UserTaskRecord>().AnyAsync(t => purged.Contains(t.InstanceId)));
        Assert.False(await db.Set<TimerRecord>().AnyAsync(t => purged.Contains(t.InstanceId)));
        Assert.False(await db.Set<IncidentRecord>().AnyAsync(t => purged.Contains(t.InstanceId)));
        Assert.False(await db.Set<SignalSubscriptionRecord>().AnyAsync(s => purged.Contains(s.InstanceId)));
        Assert.Equal(2, await db.Set<SignalSubscriptionRecord>().CountAsync(s => s.InstanceId == recentFinished || s.InstanceId == oldButRunning));
        Assert.Equal(2, await db.Set<WorkflowInstanceRecord>().CountAsync(i => i.Id == recentFinished || i.Id == oldButRunning));
        Assert.Equal(2, await db.Set<HistoryRecord>().CountAsync(h => h.InstanceId == recentFinished || h.InstanceId == oldButRunning));
        var outboxLeft = await db.Set<OutboxRecord>().Where(o => o.Id == oldSent || o.Id == recentSent || o.Id == oldUnsent).Select(o => o.Id).ToListAsync();
        Assert.Equal(new[] { oldUnsent, recentSent }.Order(), outboxLeft.Order());
        Assert.Equal(1, await db.ServiceRequests.CountAsync(r => r.Number == request));
        Assert.Equal(1, await db.RequestTimeline.CountAsync(e => e.RequestId == requestId));
    }

    [Fact]
    public async Task A_round_stops_after_its_batches_and_the_next_round_goes_on()
    {
        var (request, _) = await RequestAsync();
        for (var i = 0; i < 25; i++) await InstanceAsync(request, WorkflowInstanceStatus.Completed, Now.AddDays(-400 - i));

        var first = await RunAsync(new RetentionOptions { BatchSize = 10, BatchesPerRound = 2 });
        var second = await RunAsync(new RetentionOptions { BatchSize = 10, BatchesPerRound = 2 });

        Assert.Equal(20, first.Instances);
        Assert.Equal(5, second.Instances);
    }

    private async Task<RetentionResult> RunAsync(RetentionOptions options)
    {
        await using var scope = harness.NewScope();
        var retention = new EngineRetention(scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>(), Options.Create(options),
            new FixedClock(Now), NullLogger<EngineRetention>.Instance);
        return await retention.RunAsync();
    }

    private async Task<(string Number, Guid Id)> RequestAsync()
    {
        await using var scope = harness.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>();
        var data = await PersistenceTestData.SaveAsync(db, "ret" + Guid.NewGuid().ToString("N")[..6]);
        var request = ServiceRequest.Submit(new RequestIntake(data.Company.Id, ServiceRequestType.Inquiry, ApplicantKind.Individual,
            RequestChannel.Counter, "城东区人民路1号", "retention"), Random.Shared.Next(1, 99_999), Now.AddDays(-600));
        db.ServiceRequests.Add(request);
        db.RequestTimeline.Add(RequestTimelineEntry.Record(request, Now.AddDays(-600), "测试受理员", "柜台提交申请"));
        await db.SaveChangesAsync();
        return (request.Number, request.Id);
    }

    private async Task<Guid> InstanceAsync(string businessKey, WorkflowInstanceStatus status, DateTimeOffset? endedAt)
    {
        await using var scope = harness.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>();
        var instance = new WorkflowInstanceRecord
        {
            ProcessKey = "retention_test", Version = 1, BusinessKey = businessKey, Status = status,
            StartedAt = Now.AddDays(-700), EndedAt = endedAt,
        };
        db.AddRange(instance,
            new HistoryRecord { InstanceId = instance.Id, ElementId = "start", ElementType = "StartEvent", Event = "started", At = Now.AddDays(-700) },
            new UserTaskRecord { InstanceId = instance.Id, ElementId = "Work", CandidateGroups = ",clerks,", ProcessKey = "retention_test",
                Status = UserTaskStatus.Completed, CreatedAt = Now.AddDays(-700) },
            new TimerRecord { InstanceId = instance.Id, ElementId = "Due", TokenId = "t", Expression = "P1D", Status = TimerStatus.Fired, DueAt = Now.AddDays(-699) },
            new IncidentRecord { InstanceId = instance.Id, ElementId = "Fail", TokenId = "t", Kind = "ActivityFailed", Message = "boom",
                Status = IncidentStatus.Resolved, CreatedAt = Now.AddDays(-699) },
            new SignalSubscriptionRecord { InstanceId = instance.Id, ElementId = "Outage", TokenId = "t", SignalName = "outage",
                CreatedAt = Now.AddDays(-699), IsOpen = false });
        await db.SaveChangesAsync();
        return instance.Id;
    }

    private async Task<Guid> OutboxAsync(DateTimeOffset? dispatchedAt)
    {
        await using var scope = harness.NewScope();
        var db = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>();
        var row = new OutboxRecord { Kind = "mail", PayloadJson = "{}", CreatedAt = Now.AddDays(-90), DispatchedAt = dispatchedAt };
        db.Add(row);
        await db.SaveChangesAsync();
        return row.Id;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

public sealed class SqliteEngineRetentionTests : EngineRetentionTests<SqliteTestDatabase>;

public sealed class PostgresEngineRetentionTests : EngineRetentionTests<PostgresTestDatabase>;
