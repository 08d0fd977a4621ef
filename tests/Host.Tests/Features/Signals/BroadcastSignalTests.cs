using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Tests.Features.Signals;

/// <summary>
/// <c>POST /api/signals</c>: a planned-outage signal of one company reaches only that company's waiting requests;
/// only administrators and integrations may send it; another company named in the body answers 404.
/// </summary>
public abstract class BroadcastSignalTests<TDatabase>(HostFixture<TDatabase> host) where TDatabase : TestDatabase, new()
{
    private const string Flow = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs" targetNamespace="http://orchestrator.local/tests">
          <bpmn:signal id="sigOutage" name="{signal}" />
          <bpmn:process id="{key}" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:intermediateCatchEvent id="outage"><bpmn:signalEventDefinition signalRef="sigOutage" /></bpmn:intermediateCatchEvent>
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="outage" />
            <bpmn:sequenceFlow id="f1" sourceRef="outage" targetRef="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task An_administrator_s_signal_reaches_only_their_own_company()
    {
        var (signal, city, dz) = await WaitingInBothCompaniesAsync();
        var admin = await host.ClientForAsync("admin");

        var response = await admin.PostAsJsonAsync("/api/signals", new { name = signal, variables = new { area = "North" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("catchesReached").GetInt32());
        Assert.Equal("Completed", (await InstanceAsync(city)).Status.ToString());
        Assert.Equal("North", (await InstanceAsync(city)).Variables["area"]);
        Assert.Equal("Active", (await InstanceAsync(dz)).Status.ToString());
    }

    [Fact]
    public async Task Naming_another_company_in_the_body_is_a_404_and_reaches_nobody()
    {
        var (signal, city, dz) = await WaitingInBothCompaniesAsync();
        var dzId = await host.WithDbAsync(db => db.Companies.IgnoreQueryFilters().Where(c => c.Code == "dz").Select(c => c.Id).SingleAsync());
        var admin = await host.ClientForAsync("admin");

        var response = await admin.PostAsJsonAsync("/api/signals", new { name = signal, companyId = dzId });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Active", (await InstanceAsync(dz)).Status.ToString());
        Assert.Equal("Active", (await InstanceAsync(city)).Status.ToString());
    }

    [Fact]
    public async Task An_integration_of_the_company_may_broadcast_and_a_clerk_may_not()
    {
        var (signal, city, _) = await WaitingInBothCompaniesAsync();

        var clerk = await (await host.ClientForAsync("clerk")).PostAsJsonAsync("/api/signals", new { name = signal });
        Assert.Equal(HttpStatusCode.Forbidden, clerk.StatusCode);
        Assert.Equal("Active", (await InstanceAsync(city)).Status.ToString());

        var integration = await (await host.ClientForAsync("integration")).PostAsJsonAsync("/api/signals", new { name = signal });
        Assert.Equal(HttpStatusCode.OK, integration.StatusCode);
        Assert.Equal("Completed", (await InstanceAsync(city)).Status.ToString());
    }

    [Fact]
    public async Task A_signal_without_a_name_is_a_422_naming_the_field()
    {
        var admin = await host.ClientForAsync("dz-admin");

        var response = await admin.PostAsJsonAsync("/api/signals", new { name = " " });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("name", out _));
    }

    /// <summary>Deploys a flow waiting for a signal of its own and starts one instance in each demo company.</summary>
    private async Task<(string Signal, Guid City, Guid Dz)> WaitingInBothCompaniesAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (signal, key) = ("PlannedOutage-" + suffix, "outage_" + suffix);
        var companies = await host.WithDbAsync(db => db.Companies.IgnoreQueryFilters().ToDictionaryAsync(c => c.Code, c => c.Id));
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var runtime = scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>();
        var deployment = await runtime.DeployAsync(Flow.Replace("{signal}", signal).Replace("{key}", key), "tests");
        Assert.True(deployment.Deployed, string.Join("; ", deployment.Report.Errors.Select(e => e.Message)));
        var city = await runtime.StartAsync(key, "A-" + suffix, null, companies["city"]);
        var dz = await runtime.StartAsync(key, "B-" + suffix, null, companies["dz"]);
        return (signal, city, dz);
    }

    private async Task<InstanceSnapshot> InstanceAsync(Guid id)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>().GetInstanceAsync(id) ?? throw new InvalidOperationException("Instance missing.");
    }
}

public sealed class SqliteBroadcastSignalTests(SqliteHostFixture host)
    : BroadcastSignalTests<SqliteTestDatabase>(host), IClassFixture<SqliteHostFixture>;

public sealed class PostgresBroadcastSignalTests(PostgresHostFixture host)
    : BroadcastSignalTests<PostgresTestDatabase>(host), IClassFixture<PostgresHostFixture>;
