using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Access;
using Orchestrator.Host.Features.Customers;
using Orchestrator.Host.Features.Exceptions;
using Orchestrator.Host.Features.Tasks;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Features.Access;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Features.Exceptions;

/// <summary>
/// A step that fails after the form passed: the account was restored by someone else between intake and the first
/// reading, so restoring supply fails. The person completing the reading is told at once, in their language, naming
/// the step and the reason; the inbox, the task page and customer 360 mark the request 异常.
/// </summary>
public abstract class IncidentReachesPersonTests(IScenarioHost host)
{
    private readonly AccessMatrixHarness people = new(host);

    [Fact]
    public async Task The_person_completing_the_step_is_told_at_once_in_chinese_naming_the_failed_step_and_the_request_reads_异常()
    {
        var (restoration, _) = await RestorationWhoseAccountWasRestoredMeanwhileAsync();
        var taskId = (await restoration.TaskAsync("FirstReading")).Id;

        var outcome = await InCultureAsync("zh-CN", () => people.AsPageAsync("office",
            (op, staff) => op.Get<CompleteTask>().RunAsync(staff, taskId, new Dictionary<string, object?> { ["reading"] = 61L })));

        Assert.Equal(OutcomeKind.Done, outcome.Kind);
        var incident = Assert.IsType<OpenIncident>(outcome.Value);
        Assert.Equal("恢复供水、恢复计费", incident.StepName);
        Assert.Equal("已办理，但下一步「恢复供水、恢复计费」出错，工单已转为异常，由值班经理处理。原因：系统步骤执行失败：业务数据未通过检查，请核对后重试", outcome.Message);
        Assert.Equal(("ActivityFailed", "系统步骤执行失败：业务数据未通过检查，请核对后重试"), (incident.Kind, incident.Reason));
        // The engine's own words stay with the incident, for the duty manager, without the engine's wrapping.
        Assert.Contains("only a suspended account can be restored", incident.Detail);
        Assert.DoesNotContain("Activity '", incident.Detail);
        Assert.Equal(RequestQueries.IncidentStatus, (await restoration.DetailsAsync()).Status);
    }

    [Fact]
    public async Task The_api_answers_in_english_with_the_incident_and_the_exceptions_list_shows_it()
    {
        var (restoration, _) = await RestorationWhoseAccountWasRestoredMeanwhileAsync();
        var taskId = (await restoration.TaskAsync("FirstReading")).Id;
        var office = await people.ClientAsync("office");

        var response = await office.PostAsJsonAsync($"/api/tasks/{taskId}/complete?culture=en&ui-culture=en", new { variables = new { reading = 61 } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith("Completed, but the next step “恢复供水、恢复计费” failed", body.GetProperty("message").GetString());
        Assert.EndsWith("Reason: A system step failed: the business data did not pass its checks; correct it and retry", body.GetProperty("message").GetString());
        Assert.Equal("RestoreSupply", body.GetProperty("incident").GetProperty("elementId").GetString());
        var listed = (await (await people.ClientAsync("duty")).GetFromJsonAsync<JsonElement>("/api/exceptions")).GetProperty("items").EnumerateArray();
        Assert.Contains(listed, i => i.GetProperty("requestNumber").GetString() == restoration.Request.Number);
    }

    [Fact]
    public async Task The_inbox_the_task_page_and_customer_360_mark_the_request_异常_and_leave_healthy_ones_unmarked()
    {
        var (restoration, account) = await RestorationWhoseAccountWasRestoredMeanwhileAsync();
        await restoration.FireTimerAsync("FirstReadingOverdue"); // the escalation stays open beside the failed step
        var reading = (await restoration.TaskAsync("FirstReading")).Id;
        await people.AsPageAsync("office", (op, staff) => op.Get<CompleteTask>().RunAsync(staff, reading, new Dictionary<string, object?> { ["reading"] = 61L }));
        var healthy = await people.SuspensionAsync();

        var managerInbox = await people.AsPageAsync("officemgr", async (op, staff) => (await op.Get<OpenTasksQuery>().PageAsync(staff, size: OpenTasksQuery.MaxPageSize)).Items);
        var officeInbox = await people.AsPageAsync("office", async (op, staff) => (await op.Get<OpenTasksQuery>().PageAsync(staff, size: OpenTasksQuery.MaxPageSize)).Items);
        var page = await people.AsPageAsync("office", (op, staff) => op.Get<TaskDetailsQuery>().LoadAsync(staff, reading));
        var customer = await people.AsPageAsync("clerk", (op, _) => op.Get<Customer360Query>().LoadAsync(account.CustomerId));

        Assert.True(Assert.Single(managerInbox, i => i.RequestNumber == restoration.Request.Number).HasIncident);
        Assert.False(Assert.Single(officeInbox, i => i.RequestNumber == healthy.Request.Number).HasIncident);
        Assert.True(page.Details!.HasIncident);
        Assert.True(Assert.Single(customer!.Requests, r => r.Facts.Number == restoration.Request.Number).HasIncident);
        Assert.False(Assert.Single(customer.Requests, r => r.Facts.Type == ServiceRequestType.Suspension).HasIncident);
    }

    /// <summary>A suspended account's restoration waiting for its first reading, the account restored since by another hand.</summary>
    private async Task<(FlowDriver Restoration, TestAccount Account)> RestorationWhoseAccountWasRestoredMeanwhileAsync()
    {
        host.Clock.Set(new DateOnly(2026, 9, 15), new TimeOnly(10, 0));
        var account = await TestAccounts.CreateAsync(host, lastReading: 50, district: "城东区");
        var suspension = await SubmitAsync(ServiceRequestType.Suspension, account);
        await suspension.CompleteAsync("FinalReading", ("reading", 60));
        host.Clock.Set(new DateOnly(2026, 9, 22), new TimeOnly(10, 0));
        var restoration = await SubmitAsync(ServiceRequestType.Restoration, account);
        await host.InScopeAsync(async s =>
        {
            var db = s.GetRequiredService<OrchestratorDbContext>();
            (await db.Accounts.IgnoreQueryFilters().SingleAsync(a => a.Number == AccountNumber.Parse(account.AccountNumber))).Restore();
            await db.SaveChangesAsync();
        });
        return (restoration, account);
    }

    private Task<FlowDriver> SubmitAsync(ServiceRequestType type, TestAccount account) =>
        FlowDriver.SubmitAsync(host, new SubmitRequest(type, ApplicantKind.Individual, RequestChannel.Counter, null, "",
            account.CustomerId, null, account.AccountNumber, ["applicant-id", "current-bill"]));

    private static async Task<T> InCultureAsync<T>(string culture, Func<Task<T>> work)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return await work();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}

public sealed class IncidentReachesPersonSqliteTests(SqliteScenarioHost host) : IncidentReachesPersonTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class IncidentReachesPersonPostgresTests(PostgresScenarioHost host) : IncidentReachesPersonTests(host), IClassFixture<PostgresScenarioHost>;
