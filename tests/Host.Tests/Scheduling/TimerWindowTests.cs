using Hangfire;
using Hangfire.InMemory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Scheduling;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Workflows.Engine.Outbox;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Tests.Scheduling;

/// <summary>
/// Hangfire holds only the timers due within the horizon: the rest are rows that the window hands over as they
/// come within reach, each once, and a restart on forgetful storage hands over what is due within the horizon.
/// </summary>
public abstract class TimerWindowTests<TDatabase> : IAsyncLifetime where TDatabase : TestDatabase, new()
{
    private static readonly TimeSpan Horizon = TimeSpan.FromHours(24);
    private readonly TDatabase database = new();
    private readonly MovableClock clock = new(new DateTimeOffset(2026, 11, 29, 0, 0, 0, TimeSpan.Zero));
    private readonly RecordingScheduler scheduler = new();
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
    public async Task The_window_hands_over_each_timer_once_as_it_comes_within_the_horizon()
    {
        var soon = await TimerAsync(TimeSpan.FromHours(1));
        var tonight = await TimerAsync(TimeSpan.FromHours(23));
        var tomorrow = await TimerAsync(TimeSpan.FromHours(25));
        var nextWeek = await TimerAsync(TimeSpan.FromDays(7));
        var fired = await TimerAsync(TimeSpan.FromHours(2), TimerStatus.Fired);

        Assert.Equal(2, await AdvanceAsync());
        Assert.Equal([soon, tonight], scheduler.Handed());

        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await AdvanceAsync());
        Assert.Equal(tomorrow, scheduler.Handed()[^1]);

        clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(0, await AdvanceAsync());

        clock.Advance(TimeSpan.FromDays(6));
        Assert.Equal(1, await AdvanceAsync());
        Assert.Equal([soon, tonight, tomorrow, nextWeek], scheduler.Handed());
        Assert.DoesNotContain(fired, scheduler.Handed());
    }

    [Fact]
    public async Task A_restart_on_forgetful_storage_hands_over_everything_due_within_the_horizon_overdue_first()
    {
        var overdue = await TimerAsync(TimeSpan.FromHours(-3));
        var soon = await TimerAsync(TimeSpan.FromHours(5));
        await TimerAsync(TimeSpan.FromDays(3));
        Assert.Equal(2, await AdvanceAsync(restart: true));
        Assert.Equal([overdue, soon], scheduler.Handed());
    }

    [Fact]
    public async Task Many_timers_due_at_one_moment_are_all_handed_over_across_pages()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 1_005; i++) ids.Add(await TimerAsync(TimeSpan.FromHours(6), save: i % 200 == 199 || i == 1_004));
        Assert.Equal(1_005, await AdvanceAsync());
        Assert.Equal(ids.Order(), scheduler.Handed().Order());
    }

    [Fact]
    public void Hangfire_is_given_a_job_only_for_a_timer_due_within_the_horizon()
    {
        using var storage = new InMemoryStorage();
        var hangfire = new HangfireTimerScheduler(new BackgroundJobClient(storage),
            Options.Create(new SchedulingOptions { TimerHorizon = Horizon }), clock);

        hangfire.Schedule(Guid.NewGuid(), clock.GetUtcNow().AddHours(2));
        hangfire.Schedule(Guid.NewGuid(), clock.GetUtcNow().AddDays(30));

        Assert.Equal(1, storage.GetMonitoringApi().ScheduledCount());
    }

    private readonly List<TimerRecord> unsaved = [];

    private async Task<Guid> TimerAsync(TimeSpan dueIn, TimerStatus status = TimerStatus.Pending, bool save = true)
    {
        var timer = new TimerRecord
        {
            InstanceId = Guid.NewGuid(), ElementId = "Due", TokenId = "t", Expression = "PT1H", DueAt = clock.GetUtcNow() + dueIn, Status = status,
        };
        unsaved.Add(timer);
        if (save)
        {
            await using var scope = harness.NewScope();
            var db = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>();
            db.AddRange(unsaved);
            await db.SaveChangesAsync();
            unsaved.Clear();
        }
        return timer.Id;
    }

    private async Task<int> AdvanceAsync(bool restart = false)
    {
        await using var scope = harness.NewScope();
        var window = new TimerWindow(scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>(), scheduler,
            Options.Create(new SchedulingOptions { TimerHorizon = Horizon }), clock);
        return restart ? await window.RestartAsync() : await window.AdvanceAsync();
    }

    private sealed class RecordingScheduler : ITimerScheduler
    {
        private readonly List<Guid> handed = [];

        public void Schedule(Guid timerId, DateTimeOffset dueAt) => handed.Add(timerId);

        public List<Guid> Handed() => [.. handed];
    }

    private sealed class MovableClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset now = start;

        public override DateTimeOffset GetUtcNow() => now;

        public void Advance(TimeSpan by) => now += by;
    }
}

public sealed class SqliteTimerWindowTests : TimerWindowTests<SqliteTestDatabase>;

public sealed class PostgresTimerWindowTests : TimerWindowTests<PostgresTestDatabase>;
