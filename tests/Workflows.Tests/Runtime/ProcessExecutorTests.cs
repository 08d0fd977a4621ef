using Orchestrator.Workflows.Engine.Expressions;
using Orchestrator.Workflows.Engine.Parsing;
using Orchestrator.Workflows.Engine.Runtime;
using Orchestrator.Workflows.Engine.Runtime.Commands;
using Orchestrator.Workflows.Engine.Runtime.Effects;
using Orchestrator.Workflows.Engine.Runtime.State;
using Orchestrator.Workflows.Engine.Timers;
using Orchestrator.Workflows.Tests.Support;

namespace Orchestrator.Workflows.Tests.Runtime;

/// <summary>The core alone: no store, no container; state in, effects out.</summary>
public sealed class ProcessExecutorTests
{
    private sealed class UnpublishedYearCalendar : IWorkingCalendar
    {
        public DateTimeOffset AddWorkingDays(DateTimeOffset from, int days) =>
            throw new InvalidOperationException("The holidays of 2027 are not published yet.");
    }

    private static (ProcessGraph Graph, InstanceState State) Load(string file, string processId)
    {
        var definitions = new BpmnParser().Parse(BpmnFiles.Read(file)).Definitions!;
        return (new ProcessGraph(definitions, definitions.FindProcess(processId)!), new InstanceState { ProcessKey = processId });
    }

    [Fact]
    public void A_working_day_timer_the_calendar_cannot_place_becomes_an_incident_with_its_message()
    {
        var (graph, state) = Load("working-day-timer.bpmn", "working_day_timer");
        var environment = new ExecutionEnvironment(DateTimeOffset.UtcNow, new JintExpressionEvaluator(new()), new UnpublishedYearCalendar());
        var effects = new ProcessExecutor().Execute(graph, state, new StartInstance(new Dictionary<string, object?>()), environment);
        var incident = Assert.Single(effects.OfType<IncidentRaised>());
        Assert.Equal("wait", incident.ElementId);
        Assert.Contains("2027 are not published", incident.Message);
        Assert.Equal(InstanceStatus.Incident, state.Status);
    }

    [Fact]
    public void The_state_survives_a_json_round_trip()
    {
        var (graph, state) = Load("parallel-join.bpmn", "parallel_join");
        var environment = new ExecutionEnvironment(DateTimeOffset.UtcNow, new JintExpressionEvaluator(new()), new WeekdaysOnlyCalendar());
        new ProcessExecutor().Execute(graph, state, new StartInstance(new Dictionary<string, object?> { ["list"] = new[] { 1, 2 } }), environment);
        var copy = InstanceStateSerializer.Deserialize(InstanceStateSerializer.Serialize(state));
        Assert.Equal(state.Tokens.Select(t => t.ElementId), copy.Tokens.Select(t => t.ElementId));
        Assert.Equal(new List<object?> { 1L, 2L }, copy.RootScope.Variables["list"]);
        Assert.Equal(2, copy.Waits.Count(w => w.Kind == WaitKind.UserTask));
    }
    [Fact]
    public void The_root_variables_are_written_once_outside_the_state_and_come_back_on_reading()
    {
        var (graph, state) = Load("parallel-join.bpmn", "parallel_join");
        var environment = new ExecutionEnvironment(DateTimeOffset.UtcNow, new JintExpressionEvaluator(new()), new WeekdaysOnlyCalendar());
        new ProcessExecutor().Execute(graph, state, new StartInstance(new Dictionary<string, object?> { ["list"] = new[] { 1, 2 }, ["marker"] = "只此一处" }), environment);

        var (stateJson, variablesJson) = InstanceStateSerializer.SerializeSplit(state);

        Assert.DoesNotContain("marker", stateJson);
        Assert.Contains("marker", variablesJson);
        Assert.Equal("只此一处", state.RootScope.Variables["marker"]); // the live state keeps them
        var copy = InstanceStateSerializer.Deserialize(stateJson, variablesJson);
        Assert.Equal(new List<object?> { 1L, 2L }, copy.RootScope.Variables["list"]);
        Assert.Equal("只此一处", copy.RootScope.Variables["marker"]);
    }

    [Fact]
    public void A_state_stored_whole_before_the_split_keeps_its_root_variables()
    {
        var (graph, state) = Load("parallel-join.bpmn", "parallel_join");
        var environment = new ExecutionEnvironment(DateTimeOffset.UtcNow, new JintExpressionEvaluator(new()), new WeekdaysOnlyCalendar());
        new ProcessExecutor().Execute(graph, state, new StartInstance(new Dictionary<string, object?> { ["marker"] = "old" }), environment);

        var copy = InstanceStateSerializer.Deserialize(InstanceStateSerializer.Serialize(state), """{"marker":"stale"}""");

        Assert.Equal("old", copy.RootScope.Variables["marker"]);
    }
}
