namespace Orchestrator.Designer.Tests.Support;

/// <summary>Small BPMN files with the same shape of parameters as the request flows (a survey SLA timer, a VP threshold header).</summary>
public static class Bpmn
{
    public static string SurveyFlow(string key = "survey-flow", string sla = "P7D", string threshold = "100000", string extra = "") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
            xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
            xmlns:orc="http://orchestrator.local/schema/bpmn" id="defs" targetNamespace="http://orchestrator.local/test">
          <bpmn:process id="{key}" name="Survey" isExecutable="true">
            <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:userTask id="survey" name="Site survey" orc:dueDate="{sla}" orc:calendar="working-days">
              <bpmn:extensionElements>
                <zeebe:assignmentDefinition candidateGroups="design-office" />
                <zeebe:taskHeaders><zeebe:header key="vpThreshold" value="{threshold}" /></zeebe:taskHeaders>
              </bpmn:extensionElements>
              <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
            </bpmn:userTask>
            {extra}
            <bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="survey" />
            <bpmn:sequenceFlow id="f2" sourceRef="survey" targetRef="end" />
          </bpmn:process>
          <bpmndi:BPMNDiagram id="diagram"><bpmndi:BPMNPlane id="plane" bpmnElement="{key}">
            <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="survey_di" bpmnElement="survey"><dc:Bounds x="200" y="78" width="100" height="80" /></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="end_di" bpmnElement="end"><dc:Bounds x="360" y="100" width="36" height="36" /></bpmndi:BPMNShape>
          </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;
}
