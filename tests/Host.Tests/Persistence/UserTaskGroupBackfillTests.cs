using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.EntityFramework;

namespace Orchestrator.Host.Tests.Persistence;

/// <summary>
/// The migration that adds the inbox's task-group index fills it from the open tasks already there: a row per
/// candidate group and one for the assignee, the deadline as sort key ("no deadline" last), none for closed tasks.
/// </summary>
public abstract class UserTaskGroupBackfillTests<TDatabase> : IAsyncLifetime where TDatabase : TestDatabase, new()
{
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
    public async Task Open_tasks_written_before_the_index_existed_are_in_it_after_the_migration()
    {
        var tenant = Guid.NewGuid();
        var due = new DateTimeOffset(2026, 10, 8, 9, 0, 0, TimeSpan.Zero);
        var created = new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);
        var twoGroups = Task(",design-office,construction,", null, due, created, UserTaskStatus.Open, tenant);
        var claimed = Task(",business-office,", "office", null, created, UserTaskStatus.Open, tenant);
        var done = Task(",business-office,", "office", due, created, UserTaskStatus.Completed, tenant);
        await using (var scope = harness.NewScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>();
            db.AddRange(twoGroups, claimed, done);
            await db.SaveChangesAsync();
            var migrator = db.GetService<IMigrator>();
            var migrations = db.Database.GetMigrations().ToList();
            await migrator.MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith("_AddUserTaskGroups", StringComparison.Ordinal)) - 1]);
            await migrator.MigrateAsync();
        }

        await using (var scope = harness.NewScope())
        {
            var rows = await scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>().Set<UserTaskGroupRecord>().IgnoreQueryFilters()
                .Where(r => r.TenantId == tenant).ToListAsync();
            Assert.Equal(
                [(twoGroups.Id, "construction", due), (twoGroups.Id, "design-office", due),
                 (claimed.Id, "business-office", UserTaskGroupRecord.NoDeadline), (claimed.Id, "user:office", UserTaskGroupRecord.NoDeadline)],
                rows.Select(r => (r.TaskId, r.Group, r.DueAt)).OrderBy(r => r.TaskId == twoGroups.Id ? 0 : 1).ThenBy(r => r.Group, StringComparer.Ordinal));
            Assert.All(rows, r => Assert.Equal(created, r.CreatedAt));
        }
    }

    private static UserTaskRecord Task(string groups, string? assignee, DateTimeOffset? due, DateTimeOffset created, UserTaskStatus status, Guid tenant) => new()
    {
        InstanceId = Guid.NewGuid(), ElementId = "Work", CandidateGroups = groups, Assignee = assignee, DueAt = due, CreatedAt = created,
        Status = status, TenantId = tenant, ProcessKey = "backfill",
    };
}

public sealed class SqliteUserTaskGroupBackfillTests : UserTaskGroupBackfillTests<SqliteTestDatabase>;

public sealed class PostgresUserTaskGroupBackfillTests : UserTaskGroupBackfillTests<PostgresTestDatabase>;
