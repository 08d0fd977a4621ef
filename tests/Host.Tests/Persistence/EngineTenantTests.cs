using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Tests.Persistence;

/// <summary>
/// Engine rows belong to a company: a context scoped to one company does not find another's instance, task,
/// timer or incident, and rows written before companies were recorded are given their request's company.
/// </summary>
public abstract class EngineTenantTests<TDatabase> : IAsyncLifetime where TDatabase : TestDatabase, new()
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

    private static OrchestratorDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>();

    [Fact]
    public async Task Another_companys_engine_rows_are_not_found_by_a_scoped_context()
    {
        var (mine, theirs) = (await SaveCompanyAsync("mine"), await SaveCompanyAsync("theirs"));
        var rows = await SaveEngineRowsAsync(theirs.Company.Id, "BK-THEIRS");

        harness.CompanyScope = mine.Company.Id;
        await using (var scope = harness.NewScope())
        {
            Assert.Null(await Db(scope).Set<WorkflowInstanceRecord>().FindAsync(rows.Instance.Id));
            Assert.Null(await Db(scope).Set<UserTaskRecord>().FindAsync(rows.Task.Id));
            Assert.Null(await Db(scope).Set<TimerRecord>().FindAsync(rows.Timer.Id));
            Assert.Null(await Db(scope).Set<IncidentRecord>().FindAsync(rows.Incident.Id));
            Assert.Empty(await Db(scope).Set<HistoryRecord>().Where(h => h.InstanceId == rows.Instance.Id).ToListAsync());
            Assert.NotEmpty(await Db(scope).Set<WorkflowDefinitionRecord>().ToListAsync());
        }

        harness.CompanyScope = theirs.Company.Id;
        await using (var scope = harness.NewScope())
        {
            Assert.NotNull(await Db(scope).Set<UserTaskRecord>().FindAsync(rows.Task.Id));
            Assert.NotNull(await Db(scope).Set<IncidentRecord>().FindAsync(rows.Incident.Id));
        }
    }

    [Fact]
    public async Task Rows_written_before_the_company_was_recorded_get_the_company_of_their_request()
    {
        var company = await SaveCompanyAsync("legacy");
        string number;
        await using (var scope = harness.NewScope())
        {
            var request = ServiceRequest.Submit(new RequestIntake(company.Company.Id, ServiceRequestType.Inquiry, ApplicantKind.Individual,
                RequestChannel.Counter, "城东区人民路1号", "legacy"), 1, DateTimeOffset.UtcNow);
            Db(scope).ServiceRequests.Add(request);
            await Db(scope).SaveChangesAsync();
            number = request.Number;
        }
        var rows = await SaveEngineRowsAsync(tenantId: null, number);

        await using (var scope = harness.NewScope())
        {
            var migrator = Db(scope).GetService<IMigrator>();
            var migrations = Db(scope).Database.GetMigrations().ToList();
            var tenantMigration = migrations.FindIndex(m => m.EndsWith("_AddEngineTenant", StringComparison.Ordinal));
            await migrator.MigrateAsync(migrations[tenantMigration - 1]);
            await migrator.MigrateAsync();
        }

        await using (var scope = harness.NewScope())
        {
            var db = Db(scope);
            var instances = await db.Set<WorkflowInstanceRecord>().Where(i => i.BusinessKey == number).ToListAsync();
            Assert.Equal(2, instances.Count);
            Assert.All(instances, i => Assert.Equal(company.Company.Id, i.TenantId));
            Assert.Equal(company.Company.Id, (await db.Set<UserTaskRecord>().SingleAsync(t => t.Id == rows.Task.Id)).TenantId);
            Assert.Equal(company.Company.Id, (await db.Set<TimerRecord>().SingleAsync(t => t.Id == rows.Timer.Id)).TenantId);
            Assert.Equal(company.Company.Id, (await db.Set<IncidentRecord>().SingleAsync(t => t.Id == rows.Incident.Id)).TenantId);
            Assert.All(await db.Set<HistoryRecord>().Where(h => h.InstanceId == rows.Instance.Id).ToListAsync(),
                h => Assert.Equal(company.Company.Id, h.TenantId));
        }
    }

    private async Task<PersistenceTestData> SaveCompanyAsync(string code)
    {
        await using var scope = harness.NewScope();
        return await PersistenceTestData.SaveAsync(Db(scope), code);
    }

    private sealed record EngineRows(WorkflowInstanceRecord Instance, UserTaskRecord Task, TimerRecord Timer, IncidentRecord Incident);

    /// <summary>An instance with a called child, a task, a timer, an incident and a history line, as the engine writes them.</summary>
    private async Task<EngineRows> SaveEngineRowsAsync(Guid? tenantId, string businessKey)
    {
        await using var scope = harness.NewScope();
        var db = Db(scope);
        var definition = new WorkflowDefinitionRecord { Key = "tenant_test_" + Guid.NewGuid().ToString("N")[..6], Version = 1, Xml = "<x/>", ContentHash = "h" };
        var instance = new WorkflowInstanceRecord
        {
            DefinitionId = definition.Id, ProcessKey = definition.Key, Version = 1, BusinessKey = businessKey, TenantId = tenantId, StartedAt = DateTimeOffset.UtcNow,
        };
        var child = new WorkflowInstanceRecord
        {
            DefinitionId = definition.Id, ProcessKey = definition.Key, Version = 1, BusinessKey = businessKey, TenantId = tenantId,
            ParentInstanceId = instance.Id, StartedAt = DateTimeOffset.UtcNow,
        };
        var task = new UserTaskRecord { InstanceId = child.Id, ElementId = "Work", CandidateGroups = ",clerks,", TenantId = tenantId, ProcessKey = definition.Key, CreatedAt = DateTimeOffset.UtcNow };
        var timer = new TimerRecord { InstanceId = instance.Id, ElementId = "Due", TokenId = "t", Expression = "PT1H", TenantId = tenantId, DueAt = DateTimeOffset.UtcNow.AddHours(1) };
        var incident = new IncidentRecord { InstanceId = instance.Id, ElementId = "Fail", TokenId = "t", Kind = "ActivityFailed", Message = "boom", TenantId = tenantId, CreatedAt = DateTimeOffset.UtcNow };
        var history = new HistoryRecord { InstanceId = instance.Id, ElementId = "start", ElementType = "StartEvent", Event = "started", TenantId = tenantId, At = DateTimeOffset.UtcNow };
        db.AddRange(definition, instance, child, task, timer, incident, history);
        await db.SaveChangesAsync();
        return new EngineRows(instance, task, timer, incident);
    }
}

public sealed class SqliteEngineTenantTests : EngineTenantTests<SqliteTestDatabase>;

public sealed class PostgresEngineTenantTests : EngineTenantTests<PostgresTestDatabase>;
