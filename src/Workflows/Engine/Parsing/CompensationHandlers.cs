using System.Xml.Linq;
using Orchestrator.Workflows.Engine.Model;

namespace Orchestrator.Workflows.Engine.Parsing;

/// <summary>
/// Links each compensation boundary event to its handler: the <c>isForCompensation</c> activity joined to it by
/// a <c>bpmn:association</c> of the same container (either direction, as modellers draw both).
/// </summary>
internal static class CompensationHandlers
{
    private static readonly XNamespace Bpmn = BpmnNamespaces.Model;

    public static List<FlowNode> Link(XElement container, List<FlowNode> nodes)
    {
        var handlers = nodes.Where(n => n.IsForCompensation).Select(n => n.Id).ToHashSet();
        if (handlers.Count == 0)
            return nodes;
        var links = container.Elements(Bpmn + "association")
            .Select(a => ((string?)a.Attribute("sourceRef") ?? "", (string?)a.Attribute("targetRef") ?? ""))
            .SelectMany(a => new[] { a, (a.Item2, a.Item1) })
            .Where(a => handlers.Contains(a.Item2))
            .GroupBy(a => a.Item1).ToDictionary(g => g.Key, g => g.First().Item2);
        return nodes.Select(n => n is EventNode { Definition: CompensateEventDefinition, AttachedTo: not null } boundary
                && links.TryGetValue(boundary.Id, out var handler)
            ? boundary with { CompensationHandlerId = handler }
            : n).ToList();
    }
}
