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

    [Fact]
    public async Task Every_wrong_field_is_named_at_once_in_the_callers_language_and_nothing_is_written()
    {
        var before = await RequestCountAsync();
        var body = new
        {
            applicantKind = "Individual", channel = "Counter",
            newApplicant = new { kind = "Person", name = "", idNumber = "110101199001011230", phones = new[] { "电话" } },
        };

        var chinese = await (await ClientAsync()).PostAsJsonAsync("/api/requests", body);
        var english = await (await ClientAsync()).PostAsJsonAsync("/api/requests?culture=en&ui-culture=en", body);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, chinese.StatusCode);
        var zh = (await chinese.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("请选择业务类型。", zh.GetProperty("type")[0].GetString());
        Assert.Equal("请填写新客户的姓名或单位名称。", zh.GetProperty("newApplicant.name")[0].GetString());
        Assert.Equal("身份证号最后一位应为 7，可能有一位输错了。", zh.GetProperty("newApplicant.idNumber")[0].GetString());
        Assert.Equal("“电话”不是电话号码：请填写数字，区号后可加“-”。", zh.GetProperty("newApplicant.phones")[0].GetString());
        Assert.Equal("请填写用水地址，或选择户号。", zh.GetProperty("address")[0].GetString());
        var en = (await english.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("Choose the request type.", en.GetProperty("type")[0].GetString());
        Assert.Equal("The last character of the resident ID should be 7: a character was probably mistyped.", en.GetProperty("newApplicant.idNumber")[0].GetString());
        Assert.Equal("'电话' is not a phone number: use digits, with '-' after an area code if needed.", en.GetProperty("newApplicant.phones")[0].GetString());
        Assert.Equal(before, await RequestCountAsync());
    }

    [Fact]
    public async Task The_wizard_checks_each_step_with_the_rules_the_api_refuses_with()
    {
        var applicant = new Orchestrator.Host.Requests.NewApplicant(Orchestrator.Domain.Customers.CustomerKind.Organisation, "某公司", "91370800MA3C5OXX1Y", ["0537-123"]);
        var account = await TestAccounts.CreateAsync(host);

        var wizard = await host.InScopeAsync(s => Task.FromResult(s.GetRequiredService<Orchestrator.Host.Features.Intake.IntakeRules>().Applicant(applicant)));
        var step2 = await host.InScopeAsync(s => s.GetRequiredService<Orchestrator.Host.Features.Intake.IntakeRules>()
            .RequestAsync(Orchestrator.Domain.Requests.ServiceRequestType.Restoration, account.AccountNumber, null));
        var response = await (await ClientAsync()).PostAsJsonAsync("/api/requests", new
        {
            type = "Restoration", applicantKind = "Company", channel = "Counter", accountNumber = account.AccountNumber,
            newApplicant = new { kind = "Organisation", name = "某公司", idNumber = "91370800MA3C5OXX1Y", phones = new[] { "0537-123" } },
        });

        Assert.Equal("统一社会信用代码中不能出现“O”（只用数字和除 I、O、S、V、Z 以外的大写字母）。", wizard["newApplicant.idNumber"]);
        Assert.Equal($"户号 {account.AccountNumber} 当前状态为“正常用水”：只有已停水的账户才能办理恢复供水。", step2.Problems["accountNumber"]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var (field, problem) in wizard.Concat(step2.Problems))
            Assert.Equal(problem, errors.GetProperty(field)[0].GetString());
        Assert.Equal(wizard.Count + step2.Problems.Count, errors.EnumerateObject().Count());
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
