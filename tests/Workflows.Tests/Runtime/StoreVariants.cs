using Orchestrator.Workflows.EntityFramework;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Workflows.Engine.Hosting;
using Orchestrator.Workflows.Tests.Persistence;
using Orchestrator.Workflows.Tests.Support;

namespace Orchestrator.Workflows.Tests.Runtime;

// Each store runs the same scenarios; a subclass only says how the store is configured.

public sealed class InMemorySemanticsTests : WorkflowSemanticsTests
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UseInMemoryStore();
}

public sealed class SqliteSemanticsTests(SqliteDatabase database) : WorkflowSemanticsTests, IClassFixture<SqliteDatabase>
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UseSqlite(database);
}

public sealed class PostgresSemanticsTests(PostgresDatabase database) : WorkflowSemanticsTests, IClassFixture<PostgresDatabase>
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UsePostgres(database);
}

public sealed class InMemoryStoreGuaranteesTests : StoreGuaranteesTests
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UseInMemoryStore();
}

public sealed class SqliteStoreGuaranteesTests(SqliteDatabase database) : StoreGuaranteesTests, IClassFixture<SqliteDatabase>
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UseSqlite(database);
}

public sealed class PostgresStoreGuaranteesTests(PostgresDatabase database) : StoreGuaranteesTests, IClassFixture<PostgresDatabase>
{
    protected override void UseStore(WorkflowEngineBuilder engine) => engine.UsePostgres(database);
}

internal static class TestStores
{
    public static void UseSqlite(this WorkflowEngineBuilder engine, SqliteDatabase database)
    {
        engine.Services.AddDbContext<TestWorkflowDbContext>((sp, o) => o.UseSqlite(database.ConnectionString).UseWorkflowEngineInterceptors(sp));
        engine.UseEntityFrameworkStore<TestWorkflowDbContext>();
    }

    public static void UsePostgres(this WorkflowEngineBuilder engine, PostgresDatabase database)
    {
        engine.Services.AddDbContext<TestWorkflowDbContext>((sp, o) => o.UseNpgsql(database.ConnectionString).UseWorkflowEngineInterceptors(sp));
        engine.UseEntityFrameworkStore<TestWorkflowDbContext>();
    }
}
