using Orchestrator.Workflows.Engine.Hosting;
using Orchestrator.Workflows.Tests.Support;

namespace Orchestrator.Workflows.Tests.Runtime;

// The event scenarios on each store; a subclass only says how the store is configured.

public sealed class InMemoryCallActivityErrorTests : CallActivityErrorScenarios
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UseInMemoryStore();
}

public sealed class SqliteCallActivityErrorTests(SqliteDatabase database) : CallActivityErrorScenarios, IClassFixture<SqliteDatabase>
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UseSqlite(database);
}

public sealed class PostgresCallActivityErrorTests(PostgresDatabase database) : CallActivityErrorScenarios, IClassFixture<PostgresDatabase>
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UsePostgres(database);
}

public sealed class InMemoryPathEndTests : PathEndScenarios
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UseInMemoryStore();
}

public sealed class SqlitePathEndTests(SqliteDatabase database) : PathEndScenarios, IClassFixture<SqliteDatabase>
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UseSqlite(database);
}

public sealed class PostgresPathEndTests(PostgresDatabase database) : PathEndScenarios, IClassFixture<PostgresDatabase>
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UsePostgres(database);
}

public sealed class InMemoryEventSubProcessTests : EventSubProcessScenarios
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UseInMemoryStore();
}

public sealed class SqliteEventSubProcessTests(SqliteDatabase database) : EventSubProcessScenarios, IClassFixture<SqliteDatabase>
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UseSqlite(database);
}

public sealed class PostgresEventSubProcessTests(PostgresDatabase database) : EventSubProcessScenarios, IClassFixture<PostgresDatabase>
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UsePostgres(database);
}

public sealed class InMemoryEscalationTests : EscalationScenarios
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UseInMemoryStore();
}

public sealed class SqliteEscalationTests(SqliteDatabase database) : EscalationScenarios, IClassFixture<SqliteDatabase>
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UseSqlite(database);
}

public sealed class PostgresEscalationTests(PostgresDatabase database) : EscalationScenarios, IClassFixture<PostgresDatabase>
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UsePostgres(database);
}
