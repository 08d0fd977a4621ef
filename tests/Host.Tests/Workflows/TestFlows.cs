namespace Orchestrator.Host.Tests.Workflows;

/// <summary>Small BPMN files for Host-level tests of the engine API, CLI and timers.</summary>
internal static class TestFlows
{
    private const string Head = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
            xmlns:orc="http://orchestrator.local/schema/bpmn" id="defs" targetNamespace="http://orchestrator.local/tests">
        """;

    public static string Review(string key = "api_review", string name = "Review the application", string group = "service-center") => $"""
        {Head}
          <bpmn:process id="{key}" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="Review" name="{name}">
              <bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="{group}" /></bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="Review" />
            <bpmn:sequenceFlow id="f2" sourceRef="Review" targetRef="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    /// <summary>Waits on a plain timer, then opens a user task: shows whether the timer fired.</summary>
    public static string WaitThenCall(string key, string duration) => $"""
        {Head}
          <bpmn:process id="{key}" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:intermediateCatchEvent id="Wait"><bpmn:timerEventDefinition><bpmn:timeDuration>{duration}</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:userTask id="FollowUpCall" name="Follow-up call">
              <bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="service-center" /></bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="Wait" />
            <bpmn:sequenceFlow id="f2" sourceRef="Wait" targetRef="FollowUpCall" />
            <bpmn:sequenceFlow id="f3" sourceRef="FollowUpCall" targetRef="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    public const string Broken = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d" targetNamespace="t">
          <bpmn:process id="broken" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:userTask id="Survey"><bpmn:extensionElements><zeebe:assignmentDefinition candidateGroups="no-such-unit" /></bpmn:extensionElements></bpmn:userTask>
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="Nowhere" />
          </bpmn:process>
        </bpmn:definitions>
        """;
}
