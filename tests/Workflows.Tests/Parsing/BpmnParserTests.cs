using System.Text;
using Orchestrator.Workflows.Engine.Model;
using Orchestrator.Workflows.Engine.Parsing;
using Orchestrator.Workflows.Tests.Support;

namespace Orchestrator.Workflows.Tests.Parsing;

public sealed class BpmnParserTests
{
    private readonly BpmnParser _parser = new();

    [Fact]
    public void An_iso_8859_1_stream_is_decoded_by_its_declaration()
    {
        const string xml = """
            <?xml version="1.0" encoding="ISO-8859-1"?>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">
              <process id="p" isExecutable="true"><startEvent id="s" name="Réception à l'agence" /></process>
            </definitions>
            """;
        using var stream = new MemoryStream(Encoding.Latin1.GetBytes(xml));
        var result = _parser.Parse(stream);
        Assert.Equal("Réception à l'agence", result.Definitions!.Processes[0].Content.Nodes[0].Name);
    }

    [Fact]
    public void A_dtd_is_refused_with_a_sentence_that_says_so()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE definitions [<!ENTITY boom "boom">]>
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" />
            """;
        var result = _parser.Parse(xml);
        Assert.False(result.Succeeded);
        Assert.Contains("DTD", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Malformed_xml_and_foreign_roots_are_reported_not_thrown()
    {
        Assert.Contains("not well-formed", Assert.Single(_parser.Parse("<definitions").Errors).Message);
        Assert.Contains("not BPMN 2.0", Assert.Single(_parser.Parse("<html />").Errors).Message);
    }

    [Fact]
    public void Zeebe_and_orc_extensions_are_read_and_unknown_vendor_extensions_ignored()
    {
        const string xml = """
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"
                         xmlns:orc="http://orchestrator.local/schema/bpmn" xmlns:acme="http://acme.example/ext" id="d">
              <process id="p" isExecutable="true" acme:colour="red">
                <serviceTask id="check" acme:cost="3">
                  <extensionElements>
                    <acme:whatever><acme:deep /></acme:whatever>
                    <zeebe:taskDefinition type="water.checkArrears" />
                    <zeebe:taskHeaders><zeebe:header key="unit" value="business-office" /></zeebe:taskHeaders>
                    <zeebe:ioMapping><zeebe:input source="=account" target="accountNo" /><zeebe:output source="=arrears" target="owed" /></zeebe:ioMapping>
                  </extensionElements>
                </serviceTask>
                <userTask id="approve" orc:dueDate="P5D" orc:calendar="working-days">
                  <extensionElements><zeebe:assignmentDefinition candidateGroups="a, b" assignee="=boss" /></extensionElements>
                </userTask>
                <intermediateCatchEvent id="wait"><timerEventDefinition orc:calendar="working-days"><timeDuration>P7D</timeDuration></timerEventDefinition></intermediateCatchEvent>
              </process>
            </definitions>
            """;
        var process = _parser.Parse(xml).Definitions!.Processes[0];
        var check = (TaskNode)process.Content.Nodes[0];
        Assert.Equal("water.checkArrears", check.TaskType);
        Assert.Equal("business-office", check.Headers["unit"]);
        Assert.Equal(new VariableMapping("=account", "accountNo"), check.IoMapping.Inputs.Single());
        var approve = (TaskNode)process.Content.Nodes[1];
        Assert.Equal(["a", "b"], approve.Assignment!.CandidateGroups);
        Assert.True(approve.DueDateInWorkingDays);
        var timer = Assert.IsType<TimerEventDefinition>(((EventNode)process.Content.Nodes[2]).Definition);
        Assert.Equal(new TimerEventDefinition(TimerKind.Duration, "P7D", true), timer);
    }

    [Fact]
    public void Elements_the_engine_cannot_execute_are_reported_with_id_kind_and_sentence()
    {
        const string xml = """
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">
              <process id="p" isExecutable="true">
                <complexGateway id="cx" />
                <intermediateThrowEvent id="sig"><signalEventDefinition /></intermediateThrowEvent>
                <serviceTask id="untyped" />
              </process>
            </definitions>
            """;
        var diagnostics = _parser.Parse(xml).Diagnostics;
        Assert.Contains(diagnostics, d => d is { ElementId: "cx", ElementKind: "complexGateway" } && d.Message.Contains("not supported"));
        Assert.Contains(diagnostics, d => d is { ElementId: "sig" } && d.Message.Contains("Signal"));
        Assert.Contains(diagnostics, d => d is { ElementId: "untyped", ElementKind: "serviceTask" } && d.Message.Contains("zeebe:taskDefinition"));
    }

    [Fact]
    public void Test_files_parse_with_nested_sub_processes()
    {
        var definitions = _parser.Parse(BpmnFiles.Read("terminate-in-subprocess.bpmn")).Definitions!;
        var sub = Assert.Single(definitions.Processes[0].Content.Nodes.OfType<SubProcessNode>());
        Assert.Contains(sub.Content.Nodes, n => n is EventNode { Definition: TerminateEventDefinition });
    }
}
