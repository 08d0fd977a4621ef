using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Scenarios.Support;

namespace Orchestrator.Host.Tests.Scenarios;

/// <summary>Intake refuses, with 422 naming the field and nothing written, what a flow could not carry out.</summary>
public abstract class IntakeCheckTests(IScenarioHost host)
{
    [Fact]
    public async Task A_request_without_a_type_is_refused_and_never_becomes_a_new_connection()
    {
        var before = await RequestCountAsync();

        var response = await (await ClientAsync()).PostAsJsonAsync("/api/requests", new
        {
            applicantKind = "Individual", channel = "Counter", address = "新区大道1号",
            newApplicant = new { kind = "Person", name = "无类型", idNumber = TestAccounts.NextResidentId(), phones = new[] { "13900139000" } },
        });

        await AssertRefusedAsync(response, "type");
        Assert.Equal(before, await RequestCountAsync());
    }

    [Theory]
    [InlineData(null, "13900139000", "newApplicant.idNumber")]
    [InlineData("11010119900101123", "13900139000", "newApplicant.idNumber")]
    [InlineData("valid", "no phone", "newApplicant.phones")]
    public async Task A_new_applicant_with_a_missing_or_wrong_id_number_or_phone_is_refused_with_the_field(string? idNumber, string phone, string field)
    {
        var before = await RequestCountAsync();

        var response = await (await ClientAsync()).PostAsJsonAsync("/api/requests", new
        {
            type = "NewConnection", applicantKind = "Individual", channel = "Counter", address = "新区大道2号",
            newApplicant = new { kind = "Person", name = "新用户", idNumber = idNumber == "valid" ? TestAccounts.NextResidentId() : idNumber, phones = new[] { phone } },
        });

        await AssertRefusedAsync(response, field);
        Assert.Equal(before, await RequestCountAsync());
    }

    [Fact]
    public async Task A_restoration_of_an_account_that_was_never_suspended_is_refused()
    {
        var account = await TestAccounts.CreateAsync(host);
        var before = await RequestCountAsync();

        var response = await (await ClientAsync()).PostAsJsonAsync("/api/requests", new
        {
            type = "Restoration", applicantKind = "Individual", channel = "Counter",
            customerId = account.CustomerId, accountNumber = account.AccountNumber, documentsProvided = new[] { "applicant-id" },
        });

        await AssertRefusedAsync(response, "accountNumber");
        Assert.Equal(before, await RequestCountAsync());
    }

    [Fact]
    public async Task A_valid_new_applicant_is_taken_in()
    {
        var response = await (await ClientAsync()).PostAsJsonAsync("/api/requests", new
        {
            type = "NewConnection", applicantKind = "Individual", channel = "Counter", address = "新区大道3号",
            newApplicant = new { kind = "Person", name = "新用户", idNumber = TestAccounts.NextResidentId(), phones = new[] { "0537-1234567" } },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), problem.ToString());
        Assert.False(string.IsNullOrWhiteSpace(messages[0].GetString()));
    }

    private Task<int> RequestCountAsync() =>
        host.InScopeAsync(s => s.GetRequiredService<OrchestratorDbContext>().ServiceRequests.IgnoreQueryFilters().CountAsync());

    private async Task<HttpClient> ClientAsync()
    {
        var client = host.Factory.CreateClient();
        var token = await (await client.PostAsJsonAsync("/api/auth/token", new { userName = "clerk", password = "Demo@2026" })).Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }
}

public sealed class IntakeCheckSqliteTests(SqliteScenarioHost host) : IntakeCheckTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class IntakeCheckPostgresTests(PostgresScenarioHost host) : IntakeCheckTests(host), IClassFixture<PostgresScenarioHost>;
