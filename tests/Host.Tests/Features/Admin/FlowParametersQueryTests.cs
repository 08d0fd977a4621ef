using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Host.Features.Admin;
using Orchestrator.Host.Persistence;
using Orchestrator.Host.Tests.Infrastructure;
using Orchestrator.Host.Tests.Scenarios.Support;
using Orchestrator.Workflows.Engine.Facade;

namespace Orchestrator.Host.Tests.Features.Admin;

/// <summary>The flow parameters page reads only the latest version of each flow, in one command, however many versions were deployed.</summary>
public abstract class FlowParametersQueryTests(IScenarioHost host)
{
    [Fact]
    public async Task Only_the_latest_version_of_a_flow_is_read_and_shown()
    {
        const string key = "parameters_versions";
        for (var hours = 1; hours <= 3; hours++)
        {
            var xml = Flow(key, $"PT{hours}H");
            await host.InScopeAsync(async s => Assert.True((await s.GetRequiredService<IWorkflowRuntime>().DeployAsync(xml)).Deployed));
        }

        await using var scope = host.Factory.Services.CreateAsyncScope();
        using var log = new SqlCommandLog(scope.ServiceProvider.GetRequiredService<OrchestratorDbContext>());
        await log.ReadyAsync();
        var parameters = await scope.ServiceProvider.GetRequiredService<FlowParametersQuery>().LoadAsync();

        Assert.Single(log.Commands);
        var ours = Assert.Single(parameters, p => p.ProcessKey == key);
        Assert.Equal(("timeDuration", "PT3H", 3), (ours.Name, ours.Value, ours.Version));
    }

    private static string Flow(string key, string wait) => $"""
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="d_{key}" targetNamespace="http://orchestrator.local">
          <bpmn:process id="{key}" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression">{wait}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait" />
            <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;
}

public sealed class FlowParametersQuerySqliteTests(SqliteScenarioHost host) : FlowParametersQueryTests(host), IClassFixture<SqliteScenarioHost>;

public sealed class FlowParametersQueryPostgresTests(PostgresScenarioHost host) : FlowParametersQueryTests(host), IClassFixture<PostgresScenarioHost>;
