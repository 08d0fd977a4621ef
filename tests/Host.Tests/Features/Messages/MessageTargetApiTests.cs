using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Tests.Features.Messages;

/// <summary>
/// <c>POST /api/messages</c> aimed at one instance by id (integrations only); another company's instance or an unknown
/// request number answers 404, a message aimed two ways 422.
/// </summary>
public abstract class MessageTargetApiTests<TDatabase>(HostFixture<TDatabase> host) where TDatabase : TestDatabase, new()
{
    private const string Flow = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs" targetNamespace="http://orchestrator.local/tests">
          <bpmn:message id="msgRead" name="{message}" />
          <bpmn:process id="{key}" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:intermediateCatchEvent id="read"><bpmn:messageEventDefinition messageRef="msgRead" /></bpmn:intermediateCatchEvent>
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="read" />
            <bpmn:sequenceFlow id="f1" sourceRef="read" targetRef="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    [Fact]
    public async Task A_message_reaches_the_instance_it_names_and_not_another_company_s()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var (message, key) = ("MeterRead-" + suffix, "read_" + suffix);
        var companies = await host.WithDbAsync(db => db.Companies.IgnoreQueryFilters().ToDictionaryAsync(c => c.Code, c => c.Id));
        Guid first, second, theirs;
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var runtime = scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>();
            Assert.True((await runtime.DeployAsync(Flow.Replace("{message}", message).Replace("{key}", key), "tests")).Deployed);
            first = await runtime.StartAsync(key, "R-1-" + suffix, null, companies["city"]);
            second = await runtime.StartAsync(key, "R-2-" + suffix, null, companies["city"]);
            theirs = await runtime.StartAsync(key, "R-3-" + suffix, null, companies["dz"]);
        }
        var integration = await host.ClientForAsync("integration");
        var clerk = await host.ClientForAsync("clerk");

        var asClerk = await clerk.PostAsJsonAsync("/api/messages", new { name = message, instanceId = second });
        var byId = await integration.PostAsJsonAsync("/api/messages", new { name = message, instanceId = second });
        var unknownRequest = await integration.PostAsJsonAsync("/api/messages", new { name = message, businessKey = "R-1-" + suffix });
        var foreign = await integration.PostAsJsonAsync("/api/messages", new { name = message, instanceId = theirs });
        var twoWays = await integration.PostAsJsonAsync("/api/messages", new { name = message, instanceId = first, correlationKey = "x" });

        Assert.Equal(HttpStatusCode.Forbidden, asClerk.StatusCode);
        Assert.Equal("Delivered", (await byId.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("result").GetString());
        Assert.Equal(HttpStatusCode.NotFound, unknownRequest.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twoWays.StatusCode);
        Assert.Equal("Active", (await StatusAsync(first)));
        Assert.Equal("Completed", (await StatusAsync(second)));
        Assert.Equal("Active", (await StatusAsync(theirs)));
    }

    private async Task<string> StatusAsync(Guid id)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>().GetInstanceAsync(id))!.Status.ToString();
    }
}

public sealed class SqliteMessageTargetApiTests(SqliteHostFixture host)
    : MessageTargetApiTests<SqliteTestDatabase>(host), IClassFixture<SqliteHostFixture>;

public sealed class PostgresMessageTargetApiTests(PostgresHostFixture host)
    : MessageTargetApiTests<PostgresTestDatabase>(host), IClassFixture<PostgresHostFixture>;
