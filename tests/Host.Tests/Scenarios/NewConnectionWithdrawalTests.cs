using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Scenarios.Support;
using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Tests.Scenarios;

/// <summary>
/// 新装接水: the customer withdraws the request at any step. The interrupting message event sub-process
/// "用户撤回申请" stops the open work and cancels the request with the customer's reason.
/// </summary>
public abstract class NewConnectionWithdrawalTests(IScenarioHost host)
{
    [Fact]
    public async Task A_withdrawal_during_the_survey_cancels_the_open_work_and_the_request()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(9, 0));
        var flow = await FlowDriver.SubmitAsync(host, new SubmitRequest(ServiceRequestType.NewConnection, ApplicantKind.Individual,
            RequestChannel.Counter, "新区大道9号", "新建住宅接水", null,
            new NewApplicant(CustomerKind.Person, "撤回用户", TestAccounts.NextResidentId(), ["13900139001"]), null,
            ["id-or-household-register", "property-certificate", "plan-location-map"]));
        Assert.Equal(["Survey"], (await flow.OpenTasksAsync()).Select(t => t.ElementId));

        var result = await host.InScopeAsync(s => s.GetRequiredService<IWorkflowRuntime>()
            .CorrelateMessageAsync("request-withdrawn", flow.Request.Number, new Dictionary<string, object?> { ["reason"] = "用户改用其他水源" }));

        Assert.Equal(CorrelationResult.Delivered, result);
        Assert.Empty(await flow.OpenTasksAsync());
        await flow.AssertStatusAsync(RequestStatus.Cancelled);
        Assert.Contains((await flow.DetailsAsync()).Timeline, e => e.Text.Contains("用户改用其他水源"));
        Assert.Equal("Completed", (await flow.InstanceAsync()).Status.ToString());
    }

    [Fact]
    public async Task A_withdrawal_after_the_request_ended_finds_nothing_to_stop()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(9, 0));
        var flow = await FlowDriver.SubmitAsync(host, new SubmitRequest(ServiceRequestType.NewConnection, ApplicantKind.Individual,
            RequestChannel.Counter, "新区大道10号", "新建住宅接水", null,
            new NewApplicant(CustomerKind.Person, "办结用户", TestAccounts.NextResidentId(), ["13900139002"]), null,
            ["id-or-household-register", "property-certificate", "plan-location-map"]));
        await flow.CompleteAsync("Survey", ("feasible", false), ("reason", "无市政管网"));

        var result = await host.InScopeAsync(s => s.GetRequiredService<IWorkflowRuntime>()
            .CorrelateMessageAsync("request-withdrawn", flow.Request.Number, new Dictionary<string, object?>()));

        Assert.NotEqual(CorrelationResult.Delivered, result);
        await flow.AssertStatusAsync(RequestStatus.Rejected);
    }
}

public sealed class NewConnectionWithdrawalSqliteTests(SqliteScenarioHost host) : NewConnectionWithdrawalTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class NewConnectionWithdrawalPostgresTests(PostgresScenarioHost host) : NewConnectionWithdrawalTests(host), IClassFixture<PostgresScenarioHost>;
