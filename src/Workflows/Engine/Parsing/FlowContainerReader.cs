using System.Xml.Linq;
using Orchestrator.Workflows.Engine.Model;

namespace Orchestrator.Workflows.Engine.Parsing;

/// <summary>
/// Reads the flow nodes and sequence flows directly inside a process or sub-process element. A sequence
/// flow without an id (optional in BPMN) gets one made from its ends, the same on every read.
/// </summary>
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
                flows.Add(ReadFlow(child, flows));
            else if (FlowNodeKinds.TryGet(child.Name.LocalName, out var kind))
                nodes.Add(FlowNodeReader.Read(child, kind));
        }
        return new FlowContainer(nodes, flows);
    }

    private static SequenceFlow ReadFlow(XElement flow, IReadOnlyList<SequenceFlow> earlier)
    {
        var source = (string?)flow.Attribute("sourceRef") ?? "";
        var target = (string?)flow.Attribute("targetRef") ?? "";
        var id = flow.IdOrEmpty();
        if (string.IsNullOrWhiteSpace(id))
            id = GeneratedId(source, target, earlier);
        return new SequenceFlow(id, (string?)flow.Attribute("name"), source, target,
            flow.Element(Bpmn + "conditionExpression").TrimmedText());
    }

    private static string GeneratedId(string source, string target, IReadOnlyList<SequenceFlow> earlier)
    {
        var id = $"flow_{source}_to_{target}";
        var twins = earlier.Count(f => f.Id == id || f.Id.StartsWith(id + "_", StringComparison.Ordinal));
        return twins == 0 ? id : $"{id}_{twins + 1}";
    }
}
