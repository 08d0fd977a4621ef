using Orchestrator.Designer.Drafts;
using Orchestrator.Designer.Tests.Support;
using Orchestrator.Workflows.Engine.Activities;
using Orchestrator.Workflows.Engine.Parsing;
using Orchestrator.Workflows.Engine.Validation;

namespace Orchestrator.Designer.Tests.Drafts;

/// <summary>What the designer's check says about the constructs of issue 16: event sub-processes, escalations, vendor extensions.</summary>
public sealed class EventDraftValidationTests
{
    private static readonly DraftValidation Validation = new(
        new DefinitionValidator(new BpmnParser(), new ProcessValidator(new ActivityRegistry([]), new AnyCandidateGroup())),
        Localizer.Designer);

    private const string Withdrawal = """
        <bpmn:subProcess id="withdrawal" triggeredByEvent="true">
          <bpmn:startEvent id="withdrawn"><bpmn:messageEventDefinition messageRef="msgWithdraw" /></bpmn:startEvent>
          <bpmn:intermediateThrowEvent id="tellOffice"><bpmn:escalationEventDefinition escalationRef="escWithdrawn" /></bpmn:intermediateThrowEvent>
          <bpmn:endEvent id="withdrawalEnd" />
          <bpmn:sequenceFlow id="w1" sourceRef="withdrawn" targetRef="tellOffice" />
          <bpmn:sequenceFlow id="w2" sourceRef="tellOffice" targetRef="withdrawalEnd" />
        </bpmn:subProcess>
        """;

    private static string WithDefinitions(string xml) => xml.Replace("<bpmn:process ", """
        <bpmn:message id="msgWithdraw" name="Withdraw" />
        <bpmn:escalation id="escWithdrawn" escalationCode="WITHDRAWN" />
        <bpmn:process 
        """, StringComparison.Ordinal);

    [Fact]
    public void A_draft_with_an_interrupting_message_event_sub_process_and_an_escalation_is_valid()
    {
        var report = Validation.Validate("survey-flow", WithDefinitions(Bpmn.SurveyFlow(extra: Withdrawal)));
        Assert.True(report.Valid, string.Join("; ", report.Errors.Select(e => e.Message)));
    }

    [Fact]
    public void A_vendor_extension_the_engine_ignores_is_a_warning_on_its_element()
    {
        var xml = Bpmn.SurveyFlow(extra: """<bpmn:manualTask id="visit" camunda:asyncBefore="true" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" />""");
        var report = Validation.Validate("survey-flow", xml);
        Assert.Contains(report.Warnings, w => w.ElementId == "visit" && w.Message.Contains("camunda:asyncBefore"));
    }
}
