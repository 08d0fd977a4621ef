using Orchestrator.Workflows.Engine.Hosting;
using Orchestrator.Workflows.Tests.Support;

namespace Orchestrator.Workflows.Tests.Runtime.Events;

// The event scenarios (message targets, signals, compensation, timer starts) on each store.

public sealed class InMemoryMessageTargetTests : MessageTargetTests
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UseInMemoryStore();
}

public sealed class SqliteMessageTargetTests(SqliteDatabase database) : MessageTargetTests, IClassFixture<SqliteDatabase>
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UseSqlite(database);
}

public sealed class PostgresMessageTargetTests(PostgresDatabase database) : MessageTargetTests, IClassFixture<PostgresDatabase>
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UsePostgres(database);
}

public sealed class InMemorySignalTests : SignalTests
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UseInMemoryStore();
}

public sealed class SqliteSignalTests(SqliteDatabase database) : SignalTests, IClassFixture<SqliteDatabase>
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UseSqlite(database);
}

public sealed class PostgresSignalTests(PostgresDatabase database) : SignalTests, IClassFixture<PostgresDatabase>
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UsePostgres(database);
}

public sealed class InMemoryCompensationTests : CompensationTests
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UseInMemoryStore();
}

public sealed class SqliteCompensationTests(SqliteDatabase database) : CompensationTests, IClassFixture<SqliteDatabase>
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UseSqlite(database);
}

public sealed class PostgresCompensationTests(PostgresDatabase database) : CompensationTests, IClassFixture<PostgresDatabase>
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UsePostgres(database);
}

public sealed class InMemoryTimerStartTests : TimerStartTests
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UseInMemoryStore();
}

public sealed class SqliteTimerStartTests(SqliteDatabase database) : TimerStartTests, IClassFixture<SqliteDatabase>
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UseSqlite(database);
}

public sealed class PostgresTimerStartTests(PostgresDatabase database) : TimerStartTests, IClassFixture<PostgresDatabase>
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UsePostgres(database);
}
