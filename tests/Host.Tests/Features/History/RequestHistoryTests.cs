using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Domain.Customers;
using Orchestrator.Domain.Requests;
using Orchestrator.Host.Requests;
using Orchestrator.Host.Tests.Scenarios.Support;
using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Tests.Features.History;

/// <summary>The request history names who decided, their unit, when and what, in Chinese and English, without engine pairs.</summary>
public abstract class RequestHistoryTests(IScenarioHost host)
{
    [Fact]
    public async Task A_staff_decision_shows_who_in_which_unit_and_what_they_answered()
    {
        var flow = await SubmitAsync();

        await CompleteAsAsync(flow, "Survey", "design", ("feasible", false), ("reason", "无市政管网"));

        var lines = await HistoryAsync(flow, "clerk", "zh-CN");
        var survey = Assert.Single(lines, l => l.GetProperty("text").GetString()!.StartsWith("现场勘查"));
        Assert.Contains("孙伟", survey.GetProperty("actor").GetString());
        Assert.Contains("设计室", survey.GetProperty("actor").GetString());
        Assert.Contains("符合安装条件 否", survey.GetProperty("text").GetString());
        Assert.Contains("无市政管网", survey.GetProperty("text").GetString());
        Assert.Contains(lines, l => l.GetProperty("text").GetString()!.Contains("无市政管网") && l.GetProperty("source").GetString() == "Request");
        Assert.DoesNotContain(lines, l => l.GetProperty("text").GetString()!.Contains(" · ") || l.GetProperty("text").GetString() == "Work started.");
    }

    [Fact]
    public async Task An_english_reader_gets_the_step_in_english_with_money_in_yuan()
    {
        var flow = await SubmitAsync();
        await CompleteAsAsync(flow, "Survey", "design", ("feasible", true));
        await CompleteAsAsync(flow, "Design", "design", ("designSummary", "DN25"), ("permitsNeeded", false));

        await CompleteAsAsync(flow, "Budget", "design", ("amount", 12_500), ("depositAmount", 0));

        var lines = await HistoryAsync(flow, "clerk", "en");
        Assert.True(lines.Any(l => l.GetProperty("text").GetString() == "Site survey: Feasible: the site meets the installation conditions yes"), string.Join("\n", lines.Select(l => l.GetProperty("text").GetString())));
        Assert.Contains(lines, l => l.GetProperty("text").GetString()!.StartsWith("Budget: Budget amount (yuan) 12,500.00 yuan"));
    }

    [Fact]
    public async Task Another_companys_request_history_is_not_found()
    {
        var flow = await SubmitAsync();

        var response = await (await ClientAsync("dz-clerk")).GetAsync($"/api/requests/{flow.Request.Id}/history");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task CompleteAsAsync(FlowDriver flow, string elementId, string userName, params (string Name, object? Value)[] values)
    {
        var task = await flow.TaskAsync(elementId);
        await host.InScopeAsync(s => s.GetRequiredService<IWorkflowRuntime>()
            .CompleteTaskAsync(task.Id, values.ToDictionary(v => v.Name, v => v.Value), userName));
    }

    private async Task<List<JsonElement>> HistoryAsync(FlowDriver flow, string userName, string language)
    {
        var client = await ClientAsync(userName);
        return [.. (await client.GetFromJsonAsync<JsonElement>($"/api/requests/{flow.Request.Id}/history?culture={language}&ui-culture={language}")).EnumerateArray()];
    }

    private Task<FlowDriver> SubmitAsync()
    {
        host.Clock.Set(new DateOnly(2026, 9, 14), new TimeOnly(9, 0));
        return FlowDriver.SubmitAsync(host, new SubmitRequest(ServiceRequestType.NewConnection, ApplicantKind.Individual, RequestChannel.Counter,
            "新区大道10号", "新建住宅接水", null, new NewApplicant(CustomerKind.Person, "新用户", TestAccounts.NextResidentId(), ["13900139000"]),
            null, ["id-or-household-register", "property-certificate", "plan-location-map"]));
    }

    private async Task<HttpClient> ClientAsync(string userName)
    {
        var client = host.Factory.CreateClient();
        var token = await (await client.PostAsJsonAsync("/api/auth/token", new { userName, password = "Demo@2026" })).Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }
}

public sealed class RequestHistorySqliteTests(SqliteScenarioHost host) : RequestHistoryTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class RequestHistoryPostgresTests(PostgresScenarioHost host) : RequestHistoryTests(host), IClassFixture<PostgresScenarioHost>;
