using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Features.Exceptions;

/// <summary>
/// A failed step reaches a person: the one who completed the step is told why, the request reads 异常, the duty
/// manager's exceptions list shows it, and a retry with the corrected data carries the request on.
/// </summary>
public abstract class ExceptionsTests(IScenarioHost host)
{
    private static readonly string[] Documents = ["applicant-id", "current-bill"];

    [Fact]
    public async Task A_reading_below_the_final_one_is_reported_at_once_listed_and_retried_after_correction()
    {
        var (restoration, taskId) = await RestorationAwaitingReadingAsync();
        var office = await ClientAsync("office");

        var completed = await office.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { variables = new { reading = 40 } });

        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        var incident = (await completed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("incident");
        Assert.Contains("must not be lower", incident.GetProperty("reason").GetString());
        Assert.Equal("Incident", (await office.GetFromJsonAsync<JsonElement>($"/api/requests/{restoration.Request.Id}")).GetProperty("status").GetString());

        var duty = await ClientAsync("duty");
        var listed = Assert.Single((await duty.GetFromJsonAsync<JsonElement>("/api/exceptions")).GetProperty("items").EnumerateArray(),
            i => i.GetProperty("requestNumber").GetString() == restoration.Request.Number);
        Assert.Equal("恢复供水、恢复计费", listed.GetProperty("stepName").GetString());
        var id = listed.GetProperty("incidentId").GetGuid();

        var retried = await duty.PostAsJsonAsync($"/api/exceptions/{id}/retry", new { variables = new { reading = 61 } });

        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        await restoration.AssertStatusAsync(RequestStatus.Completed);
        Assert.DoesNotContain((await duty.GetFromJsonAsync<JsonElement>("/api/exceptions")).GetProperty("items").EnumerateArray(),
            i => i.GetProperty("requestNumber").GetString() == restoration.Request.Number);
    }

    [Fact]
    public async Task A_retry_that_fails_again_answers_with_the_new_reason_and_the_request_stays_listed()
    {
        var (restoration, taskId) = await RestorationAwaitingReadingAsync();
        await (await ClientAsync("office")).PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { variables = new { reading = 40 } });
        var duty = await ClientAsync("duty");
        var id = await IncidentOfAsync(duty, restoration);

        var retried = await duty.PostAsync($"/api/exceptions/{id}/retry", null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, retried.StatusCode);
        Assert.Contains("must not be lower", (await retried.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal("Incident", (await duty.GetFromJsonAsync<JsonElement>($"/api/requests/{restoration.Request.Id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Only_the_duty_manager_and_administrators_of_the_same_company_see_and_retry_exceptions()
    {
        var (restoration, taskId) = await RestorationAwaitingReadingAsync();
        await (await ClientAsync("office")).PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { variables = new { reading = 40 } });
        var id = await IncidentOfAsync(await ClientAsync("admin"), restoration);
        var clerk = await ClientAsync("clerk");
        var otherCompany = await ClientAsync("dz-admin");

        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/api/exceptions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsync($"/api/exceptions/{id}/retry", null)).StatusCode);
        Assert.DoesNotContain((await otherCompany.GetFromJsonAsync<JsonElement>("/api/exceptions")).GetProperty("items").EnumerateArray(),
            i => i.GetProperty("incidentId").GetGuid() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCompany.PostAsync($"/api/exceptions/{id}/retry", null)).StatusCode);
        Assert.Equal("Incident", (await clerk.GetFromJsonAsync<JsonElement>($"/api/requests/{restoration.Request.Id}")).GetProperty("status").GetString());
    }

    private static async Task<Guid> IncidentOfAsync(HttpClient client, FlowDriver flow) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/exceptions")).GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("requestNumber").GetString() == flow.Request.Number).GetProperty("incidentId").GetGuid();

    private async Task<(FlowDriver Flow, Guid TaskId)> RestorationAwaitingReadingAsync()
    {
        host.Clock.Set(new DateOnly(2026, 9, 15), new TimeOnly(10, 0));
        var account = await TestAccounts.CreateAsync(host, lastReading: 50);
        var suspension = await SubmitAsync(ServiceRequestType.Suspension, account);
        await suspension.CompleteAsync("FinalReading", ("reading", 60));
        host.Clock.Set(new DateOnly(2026, 9, 22), new TimeOnly(10, 0));
        var restoration = await SubmitAsync(ServiceRequestType.Restoration, account);
        return (restoration, (await restoration.TaskAsync("FirstReading")).Id);
    }

    private Task<FlowDriver> SubmitAsync(ServiceRequestType type, TestAccount account) =>
        FlowDriver.SubmitAsync(host, new SubmitRequest(type, ApplicantKind.Individual, RequestChannel.Counter, null, "",
            account.CustomerId, null, account.AccountNumber, Documents));

    private async Task<HttpClient> ClientAsync(string userName)
    {
        var client = host.Factory.CreateClient();
        var token = await (await client.PostAsJsonAsync("/api/auth/token", new { userName, password = "Demo@2026" })).Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }
}

public sealed class ExceptionsSqliteTests(SqliteScenarioHost host) : ExceptionsTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class ExceptionsPostgresTests(PostgresScenarioHost host) : ExceptionsTests(host), IClassFixture<PostgresScenarioHost>;
