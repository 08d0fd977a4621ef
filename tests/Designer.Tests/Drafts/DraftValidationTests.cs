using Orchestrator.Designer.Drafts;
using Orchestrator.Designer.Tests.Support;
using Orchestrator.Workflows.Engine.Activities;
using Orchestrator.Workflows.Engine.Parsing;
using Orchestrator.Workflows.Engine.Validation;

namespace Orchestrator.Designer.Tests.Drafts;

/// <summary>The designer validates a draft with the engine's rules: what the palette offers for events is accepted.</summary>
public sealed class DraftValidationTests
{
    private readonly DraftValidation validation = new(
        new DefinitionValidator(new BpmnParser(), new ProcessValidator(new ActivityRegistry([]), new AnyCandidateGroup())), Localizer.Designer);

    [Theory]
    [InlineData("<bpmn:signalEventDefinition signalRef=\"sig\" />", "intermediateCatchEvent")]
    [InlineData("<bpmn:signalEventDefinition signalRef=\"sig\" />", "intermediateThrowEvent")]
    [InlineData("<bpmn:compensateEventDefinition />", "intermediateThrowEvent")]
    public void Signal_and_compensation_events_drawn_in_the_designer_are_accepted(string definition, string element)
    {
        var report = validation.Validate("drawn", Flow(
            "<bpmn:startEvent id=\"start\"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:startEvent>",
            $"<bpmn:{element} id=\"event\">{definition}</bpmn:{element}>"));

        Assert.True(report.Valid, string.Join("; ", report.Errors.Select(e => e.Message)));
    }

    [Fact]
    public void A_signal_nobody_defined_is_named()
    {
        var report = validation.Validate("drawn", Flow("<bpmn:startEvent id=\"start\" />",
            "<bpmn:intermediateCatchEvent id=\"event\"><bpmn:signalEventDefinition signalRef=\"missing\" /></bpmn:intermediateCatchEvent>"));

        Assert.Contains(report.Errors, e => e.ElementId == "event" && e.Message.Contains("'missing'"));
    }

    private static string Flow(string start, string middle) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs" targetNamespace="http://orchestrator.local/tests">
          <bpmn:signal id="sig" name="PlannedOutage" />
          <bpmn:process id="drawn" isExecutable="true">
            {start}
            {middle}
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f0" sourceRef="start" targetRef="event" />
            <bpmn:sequenceFlow id="f1" sourceRef="event" targetRef="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;
}
