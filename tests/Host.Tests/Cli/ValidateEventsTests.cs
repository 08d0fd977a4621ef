using Orchestrator.Host.Cli;

namespace Orchestrator.Host.Tests.Cli;

/// <summary><c>validate</c> accepts signals, compensation and timer start events, and names a missing compensation handler.</summary>
public sealed class ValidateEventsTests : IDisposable
{
    public const string OutageFlow = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="defs" targetNamespace="http://orchestrator.local/tests">
          <bpmn:signal id="sigOutage" name="PlannedOutage" />
          <bpmn:signal id="sigOver" name="OutageOver" />
          <bpmn:process id="outage_notice" isExecutable="true">
            <bpmn:startEvent id="monthly"><bpmn:timerEventDefinition><bpmn:timeCycle>R/P1M</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>
            <bpmn:task id="TakeFee" name="Take fee" />
            <bpmn:boundaryEvent id="feeComp" attachedToRef="TakeFee"><bpmn:compensateEventDefinition /></bpmn:boundaryEvent>
            <bpmn:task id="RefundFee" name="Refund fee" isForCompensation="true" />
            <bpmn:association id="a1" sourceRef="feeComp" targetRef="RefundFee" />
            <bpmn:boundaryEvent id="notice" attachedToRef="TakeFee" cancelActivity="false"><bpmn:signalEventDefinition signalRef="sigOutage" /></bpmn:boundaryEvent>
            <bpmn:endEvent id="noticeEnd" />
            <bpmn:intermediateCatchEvent id="outage"><bpmn:signalEventDefinition signalRef="sigOutage" /></bpmn:intermediateCatchEvent>
            <bpmn:intermediateThrowEvent id="refund"><bpmn:compensateEventDefinition activityRef="TakeFee" /></bpmn:intermediateThrowEvent>
            <bpmn:endEvent id="over"><bpmn:signalEventDefinition signalRef="sigOver" /></bpmn:endEvent>
            <bpmn:sequenceFlow id="f0" sourceRef="monthly" targetRef="TakeFee" />
            <bpmn:sequenceFlow id="f1" sourceRef="TakeFee" targetRef="outage" />
            <bpmn:sequenceFlow id="f2" sourceRef="outage" targetRef="refund" />
            <bpmn:sequenceFlow id="f3" sourceRef="refund" targetRef="over" />
            <bpmn:sequenceFlow id="f4" sourceRef="notice" targetRef="noticeEnd" />
          </bpmn:process>
        </bpmn:definitions>
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("orchestrator-cli-").FullName;

    [Fact]
    public async Task Signals_compensation_and_a_timer_start_are_valid()
    {
        var file = Path.Combine(folder, "outage.bpmn");
        await File.WriteAllTextAsync(file, OutageFlow);
        var output = new StringWriter();

        Assert.Equal(0, await CliCommands.RunAsync(["validate", file], output));
        Assert.Contains("outage.bpmn: OK", output.ToString());
    }

    [Fact]
    public async Task A_compensation_boundary_without_its_handler_is_named()
    {
        var file = Path.Combine(folder, "no-handler.bpmn");
        await File.WriteAllTextAsync(file, OutageFlow.Replace("<bpmn:association id=\"a1\" sourceRef=\"feeComp\" targetRef=\"RefundFee\" />", ""));
        var output = new StringWriter();

        Assert.Equal(1, await CliCommands.RunAsync(["validate", file], output));
        Assert.Contains("[feeComp]", output.ToString());
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
