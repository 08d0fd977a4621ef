using Orchestrator.Workflows.Engine.Model;

namespace Orchestrator.Workflows.Engine.Parsing;

/// <summary>Maps BPMN element names to <see cref="FlowNodeKind"/>; elements not listed are not flow nodes.</summary>
internal static class FlowNodeKinds
{
    private static readonly Dictionary<string, FlowNodeKind> ByElementName = new()
    {
        ["startEvent"] = FlowNodeKind.StartEvent,
        ["endEvent"] = FlowNodeKind.EndEvent,
        ["intermediateCatchEvent"] = FlowNodeKind.IntermediateCatchEvent,
        ["intermediateThrowEvent"] = FlowNodeKind.IntermediateThrowEvent,
        ["boundaryEvent"] = FlowNodeKind.BoundaryEvent,
        ["task"] = FlowNodeKind.Task,
        ["userTask"] = FlowNodeKind.UserTask,
        ["serviceTask"] = FlowNodeKind.ServiceTask,
        ["sendTask"] = FlowNodeKind.SendTask,
        ["receiveTask"] = FlowNodeKind.ReceiveTask,
        ["scriptTask"] = FlowNodeKind.ScriptTask,
        ["businessRuleTask"] = FlowNodeKind.BusinessRuleTask,
        ["manualTask"] = FlowNodeKind.ManualTask,
        ["exclusiveGateway"] = FlowNodeKind.ExclusiveGateway,
        ["parallelGateway"] = FlowNodeKind.ParallelGateway,
        ["inclusiveGateway"] = FlowNodeKind.InclusiveGateway,
        ["eventBasedGateway"] = FlowNodeKind.EventBasedGateway,
        ["complexGateway"] = FlowNodeKind.ComplexGateway,
        ["subProcess"] = FlowNodeKind.SubProcess,
        ["transaction"] = FlowNodeKind.Transaction,
        ["adHocSubProcess"] = FlowNodeKind.AdHocSubProcess,
        ["callActivity"] = FlowNodeKind.CallActivity,
    };

    public static bool TryGet(string elementName, out FlowNodeKind kind) => ByElementName.TryGetValue(elementName, out kind);

    public static bool IsEvent(FlowNodeKind kind) => kind <= FlowNodeKind.BoundaryEvent;

    public static bool IsGateway(FlowNodeKind kind) => kind is >= FlowNodeKind.ExclusiveGateway and <= FlowNodeKind.ComplexGateway;

    public static bool IsSubProcess(FlowNodeKind kind) =>
        kind is FlowNodeKind.SubProcess or FlowNodeKind.Transaction or FlowNodeKind.AdHocSubProcess;
}
