using System.Xml.Linq;
using Orchestrator.Workflows.Engine.Model;

namespace Orchestrator.Workflows.Engine.Parsing;

/// <summary>Reads the flow nodes and sequence flows directly inside a process or sub-process element.</summary>
internal static class FlowContainerReader
{
    private static readonly XNamespace Bpmn = BpmnNamespaces.Model;

    public static FlowContainer Read(XElement container)
    {
        var nodes = new List<FlowNode>();
        var flows = new List<SequenceFlow>();
        foreach (var child in container.Elements().Where(e => e.Name.Namespace == Bpmn))
        {
            if (child.Name.LocalName == "sequenceFlow")
                flows.Add(ReadFlow(child));
            else if (FlowNodeKinds.TryGet(child.Name.LocalName, out var kind))
                nodes.Add(FlowNodeReader.Read(child, kind));
        }
        return new FlowContainer(CompensationHandlers.Link(container, nodes), flows);
    }

    private static SequenceFlow ReadFlow(XElement flow) => new(
        flow.IdOrEmpty(),
        (string?)flow.Attribute("name"),
        (string?)flow.Attribute("sourceRef") ?? "",
        (string?)flow.Attribute("targetRef") ?? "",
        flow.Element(Bpmn + "conditionExpression").TrimmedText());
}
