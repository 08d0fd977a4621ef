using System.Xml.Linq;
using Orchestrator.Workflows.Engine.Model;

namespace Orchestrator.Workflows.Engine.Parsing;

/// <summary>Builds one <see cref="FlowNode"/> from its element, with the extensions its kind uses.</summary>
internal static class FlowNodeReader
{
    private static readonly XNamespace Bpmn = BpmnNamespaces.Model;

    public static FlowNode Read(XElement element, FlowNodeKind kind)
    {
        var node = Create(element, kind) with
        {
            DefaultFlow = (string?)element.Attribute("default"),
            IoMapping = ZeebeExtensionReader.ReadIoMapping(element),
            MultiInstance = LoopCharacteristicsReader.Read(element),
            HasStandardLoop = element.Element(Bpmn + "standardLoopCharacteristics") is not null,
        };
        return node;
    }

    private static FlowNode Create(XElement element, FlowNodeKind kind)
    {
        var id = element.IdOrEmpty();
        var name = (string?)element.Attribute("name");
        if (FlowNodeKinds.IsEvent(kind))
            return ReadEvent(element, id, name, kind);
        if (FlowNodeKinds.IsGateway(kind))
            return new GatewayNode(id, name, kind);
        if (FlowNodeKinds.IsSubProcess(kind))
            return new SubProcessNode(id, name, kind, FlowContainerReader.Read(element),
                (bool?)element.Attribute("triggeredByEvent") ?? false);
        if (kind == FlowNodeKind.CallActivity)
            return new CallActivityNode(id, name, ZeebeExtensionReader.ReadCalledProcessId(element));
        return TaskReader.Read(element, id, name, kind);
    }

    private static EventNode ReadEvent(XElement element, string id, string? name, FlowNodeKind kind) =>
        new(id, name, kind, EventDefinitionReader.ReadAll(element))
        {
            AttachedTo = (string?)element.Attribute("attachedToRef"),
            CancelActivity = (bool?)element.Attribute("cancelActivity") ?? (bool?)element.Attribute("isInterrupting") ?? true,
        };
}
