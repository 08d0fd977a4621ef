using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Ledger;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Workflows.Engine.Activities;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Tests.Workflows;

/// <summary>An activity that fails halfway becomes an incident, and none of its half-done work is committed with it.</summary>
public sealed class FailedActivityTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase database = new();
    private HostFactory host = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        host = new HostFactory(database, demoCustomers: 3, configure: web =>
            web.ConfigureServices(services => services.AddActivity<SuspendThenFail>()));
        _ = host.Server;
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await database.DisposeAsync();
    }

    [Fact]
    public async Task The_incident_is_committed_without_the_activitys_half_done_changes()
    {
        Guid accountId, instanceId;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>();
            accountId = (await db.Accounts.Where(a => a.Status == AccountStatus.Active).OrderBy(a => a.Id).FirstAsync()).Id;
            var runtime = scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>();
            Assert.True((await runtime.DeployAsync(Flow)).Deployed);
            instanceId = await runtime.StartAsync("half_done", "HALF-1", new Dictionary<string, object?> { ["accountId"] = accountId.ToString() });
        }

        await using var read = host.Services.CreateAsyncScope();
        var check = read.ServiceProvider.GetRequiredService<OrchestratorDbContext>();
        Assert.Equal(AccountStatus.Active, (await check.Accounts.SingleAsync(a => a.Id == accountId)).Status);
        Assert.False(await check.Deposits.AnyAsync(d => d.AccountId == accountId && d.Amount == 123m));
        var incident = Assert.Single(await check.Set<IncidentRecord>().Where(i => i.InstanceId == instanceId).ToListAsync());
        Assert.Contains("meter seal broken", incident.Message);
    }

    private const string Flow = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="t">
          <bpmn:process id="half_done" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:serviceTask id="Suspend"><bpmn:extensionElements><zeebe:taskDefinition type="test.suspendThenFail" /></bpmn:extensionElements></bpmn:serviceTask>
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="Suspend" />
            <bpmn:sequenceFlow id="f2" sourceRef="Suspend" targetRef="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Activity("test.suspendThenFail", DisplayName = "Suspend, take a deposit, then fail")]
    [ActivityInput("accountId", typeof(string), Required = true)]
    private sealed class SuspendThenFail(Microsoft.EntityFrameworkCore.DbContext db) : IActivity
    {
        public async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
        {
            var account = await db.Set<Account>().SingleAsync(a => a.Id == Guid.Parse((string)context.Variables["accountId"]!));
            account.Suspend();
            db.Add(Deposit.Take(account.CompanyId, account.Id, DepositKind.HouseholdRetrofit30Days, 123m, new DateOnly(2026, 11, 1)));
            throw new InvalidOperationException("meter seal broken");
        }
    }
}
