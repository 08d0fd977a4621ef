using Orchestrator.Workflows.Engine.Activities;
using Orchestrator.Workflows.Engine.Parsing;
using Orchestrator.Workflows.Engine.Validation;
using Orchestrator.Workflows.Tests.Support;

namespace Orchestrator.Workflows.Tests.Validation;

public sealed class ProcessValidatorTests
{
    private sealed class KnownGroups(params string[] groups) : ICandidateGroupCatalog
    {
        public bool IsKnown(string group) => groups.Contains(group);
    }

    private static ValidationReport Validate(string processBody, params string[] groups)
    {
        var registry = new ActivityRegistry([new ActivityRegistration(ActivityDescriptor.Describe(typeof(DoubleActivity)))]);
        var validator = new DefinitionValidator(new BpmnParser(), new ProcessValidator(registry, new KnownGroups(groups)));
        return validator.Validate($"""
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                         xmlns:orc="http://orchestrator.local/schema/bpmn" id="d">
              <message id="m" name="Paid" />
              <process id="p" isExecutable="true">{processBody}</process>
            </definitions>
            """);
    }

    private const string Ends = """<startEvent id="s" /><endEvent id="e" /><sequenceFlow id="f" sourceRef="s" targetRef="e" />""";

    [Fact]
    public void A_small_correct_process_is_valid() => Assert.True(Validate(Ends).Valid);

    [Theory]
    [InlineData("""<startEvent id="s" /><endEvent id="s" />""", "s", "used by 2 elements")]
    [InlineData("""<startEvent id="s" /><sequenceFlow id="f" sourceRef="s" targetRef="ghost" />""", "f", "'ghost'")]
    [InlineData("""<endEvent id="e" />""", "p", "no start event")]
    [InlineData(Ends + """<userTask id="orphan" />""", "orphan", "cannot be reached")]
    [InlineData(Ends + """<exclusiveGateway id="g" /><sequenceFlow id="c" sourceRef="g" targetRef="e"><conditionExpression>=a &gt;</conditionExpression></sequenceFlow><sequenceFlow id="x" sourceRef="s" targetRef="g" />""", "c", "not valid JavaScript")]
    [InlineData(Ends + """<intermediateCatchEvent id="t"><timerEventDefinition><timeDuration>7 days</timeDuration></timerEventDefinition></intermediateCatchEvent><sequenceFlow id="x" sourceRef="s" targetRef="t" />""", "t", "ISO 8601")]
    [InlineData(Ends + """<intermediateCatchEvent id="t"><timerEventDefinition><timeCycle>R3/oops</timeCycle></timerEventDefinition></intermediateCatchEvent><sequenceFlow id="x" sourceRef="s" targetRef="t" />""", "t", "ISO 8601")]
    [InlineData(Ends + """<serviceTask id="svc"><extensionElements><zeebe:taskDefinition type="water.unknown" /></extensionElements></serviceTask><sequenceFlow id="x" sourceRef="s" targetRef="svc" />""", "svc", "'water.unknown'")]
    [InlineData(Ends + """<userTask id="u"><extensionElements><zeebe:assignmentDefinition candidateGroups="nobody" /></extensionElements></userTask><sequenceFlow id="x" sourceRef="s" targetRef="u" />""", "u", "'nobody'")]
    [InlineData(Ends + """<complexGateway id="cx" /><sequenceFlow id="x" sourceRef="s" targetRef="cx" />""", "cx", "not supported")]
    [InlineData(Ends + """<receiveTask id="r" messageRef="missing" /><sequenceFlow id="x" sourceRef="s" targetRef="r" />""", "r", "'missing'")]
    public void Each_rule_names_the_element_in_error(string body, string elementId, string sentencePart)
    {
        var report = Validate(body, "office");
        Assert.False(report.Valid);
        Assert.Contains(report.Errors, e => e.ElementId == elementId && e.Message.Contains(sentencePart) && e.Message.EndsWith('.'));
    }

    [Fact]
    public void An_exclusive_gateway_without_default_flow_is_only_a_warning()
    {
        var report = Validate("""
            <startEvent id="s" /><exclusiveGateway id="g" /><endEvent id="e1" /><endEvent id="e2" />
            <sequenceFlow id="f0" sourceRef="s" targetRef="g" />
            <sequenceFlow id="f1" sourceRef="g" targetRef="e1"><conditionExpression>=x &gt; 1</conditionExpression></sequenceFlow>
            <sequenceFlow id="f2" sourceRef="g" targetRef="e2"><conditionExpression>=x &lt;= 1</conditionExpression></sequenceFlow>
            """);
        Assert.True(report.Valid);
        Assert.Contains(report.Warnings, w => w.ElementId == "g" && w.Message.Contains("no default flow"));
    }

    [Fact]
    public void Known_groups_registered_types_and_working_day_timers_pass()
    {
        var report = Validate(Ends + """
            <userTask id="u" orc:dueDate="P5D" orc:calendar="working-days"><extensionElements><zeebe:assignmentDefinition candidateGroups="office" /></extensionElements></userTask>
            <serviceTask id="svc"><extensionElements><zeebe:taskDefinition type="test.double" /></extensionElements></serviceTask>
            <intermediateCatchEvent id="t"><timerEventDefinition><timeCycle>R3/PT1H</timeCycle></timerEventDefinition></intermediateCatchEvent>
            <sequenceFlow id="a" sourceRef="s" targetRef="u" /><sequenceFlow id="b" sourceRef="s" targetRef="svc" /><sequenceFlow id="c" sourceRef="s" targetRef="t" />
            """, "office");
        Assert.True(report.Valid, string.Join("; ", report.Errors.Select(e => e.Message)));
    }

    [Fact]
    public void A_file_without_executable_process_or_unreadable_is_invalid()
    {
        var validator = new DefinitionValidator(new BpmnParser(), new ProcessValidator(new ActivityRegistry([]), new AnyCandidateGroup()));
        Assert.False(validator.Validate("""<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p" /></definitions>""").Valid);
        Assert.False(validator.Validate("not xml").Valid);
    }
}
