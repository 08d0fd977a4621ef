using Orchestrator.Workflows.Engine.Activities;
using Orchestrator.Workflows.Engine.Parsing;
using Orchestrator.Workflows.Engine.Validation;
using Orchestrator.Workflows.Tests.Support;

namespace Orchestrator.Workflows.Tests.Validation;

/// <summary>The validation of issue 16: exclusive gateway flows, generated flow ids, event sub-processes, escalations, vendor extensions.</summary>
public sealed class EventValidationTests
{
    private static ValidationReport Validate(string processBody, string namespaces = "", string definitions = "")
    {
        var registry = new ActivityRegistry([new ActivityRegistration(ActivityDescriptor.Describe(typeof(DoubleActivity)))]);
        var validator = new DefinitionValidator(new BpmnParser(), new ProcessValidator(registry, new AnyCandidateGroup()));
        return validator.Validate($"""
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" {namespaces} id="d">
              <message id="m" name="Withdraw" />
              <error id="err" errorCode="E1" />
              <escalation id="esc" escalationCode="LATE" />
              {definitions}
              <process id="p" isExecutable="true">{processBody}</process>
            </definitions>
            """);
    }

    private const string Ends = """<startEvent id="s" /><endEvent id="e" /><sequenceFlow id="f" sourceRef="s" targetRef="e" />""";

    private static string EventSubProcess(string start, string extra = "") => $"""
        <subProcess id="esp" triggeredByEvent="true" {extra}>
          <startEvent id="espStart" {start}</startEvent><endEvent id="espEnd" />
          <sequenceFlow id="ef" sourceRef="espStart" targetRef="espEnd" />
        </subProcess>
        """;

    [Fact]
    public void An_unconditional_flow_of_a_branching_exclusive_gateway_that_is_not_its_default_is_an_error_naming_it()
    {
        var report = Validate("""
            <startEvent id="s" /><exclusiveGateway id="g" default="f2" /><endEvent id="e1" /><endEvent id="e2" /><endEvent id="e3" />
            <sequenceFlow id="f0" sourceRef="s" targetRef="g" />
            <sequenceFlow id="f1" sourceRef="g" targetRef="e1" />
            <sequenceFlow id="f2" sourceRef="g" targetRef="e2" />
            <sequenceFlow id="f3" sourceRef="g" targetRef="e3"><conditionExpression>=x &gt; 1</conditionExpression></sequenceFlow>
            """);
        var error = Assert.Single(report.Errors);
        Assert.Equal("f1", error.ElementId);
        Assert.Contains("exclusive gateway g", error.Message);
    }

    [Fact]
    public void A_single_unconditional_flow_out_of_an_exclusive_gateway_is_fine()
    {
        var report = Validate("""
            <startEvent id="s" /><exclusiveGateway id="g" /><endEvent id="e" />
            <sequenceFlow id="f0" sourceRef="s" targetRef="g" /><sequenceFlow id="f1" sourceRef="g" targetRef="e" />
            """);
        Assert.True(report.Valid);
    }

    [Fact]
    public void Sequence_flows_without_an_id_get_one_made_from_their_ends()
    {
        var report = Validate("""
            <startEvent id="s" /><parallelGateway id="g" /><endEvent id="e" />
            <sequenceFlow sourceRef="s" targetRef="g" /><sequenceFlow sourceRef="g" targetRef="e" /><sequenceFlow sourceRef="g" targetRef="e" />
            """);
        Assert.True(report.Valid, string.Join("; ", report.Errors.Select(e => e.Message)));
        var ids = report.Definitions!.Processes[0].Content.Flows.Select(f => f.Id).ToArray();
        Assert.Equal(["flow_s_to_g", "flow_g_to_e", "flow_g_to_e_2"], ids);
    }

    [Theory]
    [InlineData("""><messageEventDefinition messageRef="m" />""")]
    [InlineData("""isInterrupting="false"><messageEventDefinition messageRef="m" />""")]
    [InlineData("""><timerEventDefinition><timeDuration>PT1H</timeDuration></timerEventDefinition>""")]
    [InlineData("""isInterrupting="false"><timerEventDefinition><timeCycle>R3/PT1H</timeCycle></timerEventDefinition>""")]
    [InlineData("""><errorEventDefinition errorRef="err" />""")]
    [InlineData("""><errorEventDefinition />""")]
    [InlineData("""><escalationEventDefinition escalationRef="esc" />""")]
    [InlineData("""isInterrupting="false"><escalationEventDefinition />""")]
    public void Event_sub_processes_with_each_supported_start_are_valid(string start)
    {
        var report = Validate(Ends + EventSubProcess(start));
        Assert.True(report.Valid, string.Join("; ", report.Errors.Select(e => e.Message)));
    }

    [Theory]
    [InlineData(">", "espStart", "no trigger")]
    [InlineData("""isInterrupting="false"><errorEventDefinition errorRef="err" />""", "espStart", "must be interrupting")]
    [InlineData("""><escalationEventDefinition escalationRef="ghost" />""", "espStart", "'ghost'")]
    [InlineData("""><conditionalEventDefinition />""", "espStart", "not executed by the engine")]
    public void Event_sub_process_mistakes_are_errors_naming_the_element(string start, string elementId, string sentencePart)
    {
        var report = Validate(Ends + EventSubProcess(start));
        Assert.Contains(report.Errors, e => e.ElementId == elementId && e.Message.Contains(sentencePart));
    }

    [Fact]
    public void A_non_interrupting_error_boundary_is_an_error()
    {
        var report = Validate("""
            <startEvent id="s" /><userTask id="u" /><endEvent id="e" /><endEvent id="e2" />
            <boundaryEvent id="oops" attachedToRef="u" cancelActivity="false"><errorEventDefinition errorRef="err" /></boundaryEvent>
            <sequenceFlow id="f0" sourceRef="s" targetRef="u" /><sequenceFlow id="f1" sourceRef="u" targetRef="e" /><sequenceFlow id="f2" sourceRef="oops" targetRef="e2" />
            """);
        Assert.Contains(report.Errors, e => e.ElementId == "oops" && e.Message.Contains("non-interrupting"));
    }

    [Fact]
    public void An_event_sub_process_with_a_flow_in_is_an_error()
    {
        var report = Validate(Ends + EventSubProcess("""><messageEventDefinition messageRef="m" />""")
            + """<sequenceFlow id="in" sourceRef="s" targetRef="esp" />""");
        Assert.Contains(report.Errors, e => e.ElementId == "esp" && e.Message.Contains("sequence flow in or out"));
    }

    [Fact]
    public void Error_and_escalation_starts_outside_event_sub_processes_are_errors()
    {
        var report = Validate("""<startEvent id="s"><errorEventDefinition errorRef="err" /></startEvent><endEvent id="e" /><sequenceFlow id="f" sourceRef="s" targetRef="e" />""");
        Assert.Contains(report.Errors, e => e.ElementId == "s" && e.Message.Contains("only start an event sub-process"));
    }

    [Fact]
    public void Escalation_throws_and_boundaries_are_checked()
    {
        var report = Validate("""
            <startEvent id="s" /><userTask id="u" /><subProcess id="sub"><startEvent id="ss" /><endEvent id="se"><escalationEventDefinition escalationRef="esc" /></endEvent><sequenceFlow id="sf" sourceRef="ss" targetRef="se" /></subProcess>
            <intermediateThrowEvent id="raise"><escalationEventDefinition /></intermediateThrowEvent><endEvent id="e" />
            <boundaryEvent id="onTask" attachedToRef="u"><escalationEventDefinition /></boundaryEvent>
            <boundaryEvent id="onSub" attachedToRef="sub" cancelActivity="false"><escalationEventDefinition escalationRef="esc" /></boundaryEvent>
            <endEvent id="e2" /><endEvent id="e3" />
            <sequenceFlow id="f0" sourceRef="s" targetRef="u" /><sequenceFlow id="f1" sourceRef="u" targetRef="sub" />
            <sequenceFlow id="f2" sourceRef="sub" targetRef="raise" /><sequenceFlow id="f3" sourceRef="raise" targetRef="e" />
            <sequenceFlow id="f4" sourceRef="onTask" targetRef="e2" /><sequenceFlow id="f5" sourceRef="onSub" targetRef="e3" />
            """);
        Assert.Equal(["onTask", "raise"], report.Errors.Select(e => e.ElementId ?? "").Order().ToArray());
        Assert.Contains(report.Errors, e => e.ElementId == "raise" && e.Message.Contains("does not reference an escalation"));
        Assert.Contains(report.Errors, e => e.ElementId == "onTask" && e.Message.Contains("only on sub-processes and call activities"));
    }

    [Fact]
    public void Every_ignored_vendor_extension_is_a_warning_naming_the_element_and_the_extension()
    {
        var report = Validate("""
            <startEvent id="s" camunda:initiator="starter" /><endEvent id="e" />
            <callActivity id="call" calledElement="child" camunda:async="true">
              <extensionElements><camunda:in variables="all" /><camunda:out source="x" target="y" /></extensionElements>
            </callActivity>
            <sequenceFlow id="f0" sourceRef="s" targetRef="call" /><sequenceFlow id="f1" sourceRef="call" targetRef="e" />
            """, """xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:modeler="http://camunda.org/schema/modeler/1.0" modeler:executionPlatform="Camunda Platform" """);
        Assert.True(report.Valid, string.Join("; ", report.Errors.Select(e => e.Message)));
        var call = Assert.Single(report.Warnings, w => w.ElementId == "call");
        Assert.Contains("camunda:async, camunda:in, camunda:out", call.Message);
        Assert.Contains(report.Warnings, w => w.ElementId == "s" && w.Message.Contains("camunda:initiator"));
        Assert.DoesNotContain(report.Warnings, w => w.Message.Contains("modeler:"));
    }

    [Fact]
    public void A_zeebe_extension_the_engine_does_not_execute_is_a_warning_too()
    {
        var report = Validate("""
            <startEvent id="s" /><endEvent id="e" />
            <userTask id="u"><extensionElements><zeebe:executionListeners /><zeebe:assignmentDefinition candidateGroups="office" /></extensionElements></userTask>
            <sequenceFlow id="f0" sourceRef="s" targetRef="u" /><sequenceFlow id="f1" sourceRef="u" targetRef="e" />
            """);
        var warning = Assert.Single(report.Warnings, w => w.ElementId == "u");
        Assert.Contains("zeebe:executionListeners", warning.Message);
        Assert.DoesNotContain("assignmentDefinition", warning.Message);
    }

    [Fact]
    public void Zeebe_orc_and_diagram_namespaces_give_no_extension_warning()
    {
        var report = Validate("""
            <startEvent id="s" /><endEvent id="e" />
            <serviceTask id="t" orc:dueDate="P1D"><extensionElements><zeebe:taskDefinition type="test.double" /></extensionElements></serviceTask>
            <sequenceFlow id="f0" sourceRef="s" targetRef="t" /><sequenceFlow id="f1" sourceRef="t" targetRef="e" />
            """, """xmlns:orc="http://orchestrator.local/schema/bpmn" xmlns:bioc="http://bpmn.io/schema/bpmn/biocolor/1.0" """);
        Assert.DoesNotContain(report.Warnings, w => w.Message.Contains("does not read"));
    }
}
