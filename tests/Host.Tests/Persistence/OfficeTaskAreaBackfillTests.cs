using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Organization;
using Orchestrator.Domain.Requests;
using Orchestrator.Domain.Tariffs;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Persistence.Configurations;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.EntityFramework;

namespace Orchestrator.Host.Tests.Persistence;

/// <summary>
/// The migration that adds the district to the task-group rows fills it for the open business-office work already
/// there: the longest served district the account's address starts with, "" for an unserved address, another
/// group's work or a row given to a person by name.
/// </summary>
public abstract class OfficeTaskAreaBackfillTests<TDatabase> : IAsyncLifetime where TDatabase : TestDatabase, new()
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
    public async Task Open_office_work_written_before_the_column_existed_gets_its_district()
    {
        UserTaskRecord east, nearEast, nowhere, design;
        await using (var scope = harness.NewScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>();
            var data = await PersistenceTestData.SaveAsync(db, "backfill-area");
            var company = data.Company.Id;
            var eastOffice = Unit.Create(company, "bo-east", "城东营业所", UnitKind.BusinessOffice);
            eastOffice.Serve(["城东区", "城东区人民路"]);
            var westOffice = Unit.Create(company, "bo-west", "城西营业所", UnitKind.BusinessOffice);
            westOffice.Serve(["城西区"]);
            var elsewhere = Account.Open(company, data.Customer.Id, AccountNumber.FromSerial(880_001), "郊县前进路2号", WaterNature.Residential, new DateOnly(2024, 1, 1));
            var nearby = Account.Open(company, data.Customer.Id, AccountNumber.FromSerial(880_002), "城东区和平路3号", WaterNature.Residential, new DateOnly(2024, 1, 1));
            var requests = new[] { data.Account, elsewhere, nearby, data.Account }.Select((account, i) => ServiceRequest.Submit(
                new RequestIntake(company, ServiceRequestType.Suspension, ApplicantKind.Individual, RequestChannel.Counter, account.Address, "报停",
                    data.Customer.Id, account.Id), 90 + i, DateTimeOffset.UtcNow)).ToList();
            east = Task(",business-office,", "office", requests[0].Number, company);
            nowhere = Task(",business-office,", null, requests[1].Number, company);
            nearEast = Task(",business-office-manager,", null, requests[2].Number, company);
            design = Task(",design-office,", null, requests[3].Number, company);
            db.AddRange(eastOffice, westOffice, elsewhere, nearby);
            db.AddRange(requests);
            db.AddRange(east, nowhere, nearEast, design);
            await db.SaveChangesAsync();

            var migrator = db.GetService<IMigrator>();
            var migrations = db.Database.GetMigrations().ToList();
            await migrator.MigrateAsync(migrations[migrations.FindIndex(m => m.EndsWith("_AddOfficeTaskAreas", StringComparison.Ordinal)) - 1]);
            await migrator.MigrateAsync();
        }

        await using (var after = harness.NewScope())
        {
            var rows = await after.ServiceProvider.GetRequiredService<OrchestratorDbContext>().Set<UserTaskGroupRecord>().IgnoreQueryFilters()
                .Select(r => new { r.TaskId, r.Group, Area = EF.Property<string>(r, OfficeAreaIndexConfiguration.Area) }).ToListAsync();
            string AreaOf(UserTaskRecord task, string group) => rows.Single(r => r.TaskId == task.Id && r.Group == group).Area;
            Assert.Equal("城东区人民路", AreaOf(east, "business-office")); // the longest district the address starts with
            Assert.Equal("", AreaOf(east, "user:office"));
            Assert.Equal("城东区", AreaOf(nearEast, "business-office-manager"));
            Assert.Equal("", AreaOf(nowhere, "business-office"));
            Assert.Equal("", AreaOf(design, "design-office"));
        }
    }

    private static UserTaskRecord Task(string groups, string? assignee, string businessKey, Guid tenant) => new()
    {
        InstanceId = Guid.NewGuid(), ElementId = "Work", CandidateGroups = groups, Assignee = assignee, CreatedAt = DateTimeOffset.UtcNow,
        Status = UserTaskStatus.Open, TenantId = tenant, ProcessKey = "backfill", BusinessKey = businessKey,
    };
}

public sealed class SqliteOfficeTaskAreaBackfillTests : OfficeTaskAreaBackfillTests<SqliteTestDatabase>;

public sealed class PostgresOfficeTaskAreaBackfillTests : OfficeTaskAreaBackfillTests<PostgresTestDatabase>;
