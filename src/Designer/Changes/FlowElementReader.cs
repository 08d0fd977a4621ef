using System.Xml;
using System.Xml.Linq;

namespace Orchestrator.Designer.Changes;

/// <summary>
/// Reads the flow elements of every process in a BPMN file (sub-processes included) and flattens each one's
/// settings: attributes, <c>zeebe:</c> extensions (inputs, outputs and headers by name) and expression texts.
/// Diagram layout is not a setting: moving a shape changes nothing here.
/// </summary>
public static class FlowElementReader
{
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static readonly XNamespace Zeebe = "http://camunda.org/schema/zeebe/1.0";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
    private static readonly HashSet<string> Containers = ["process", "subProcess", "transaction", "adHocSubProcess"];
    private static readonly HashSet<string> Skipped = ["incoming", "outgoing", "laneSet", "documentation"];

    /// <summary>BPMN attributes written at their default value mean the same as left out (bpmn-js leaves them out).</summary>
    private static readonly HashSet<(string Name, string Value)> Defaults =
    [
        ("cancelActivity", "true"), ("isInterrupting", "true"), ("parallelMultiple", "false"),
        ("isForCompensation", "false"), ("triggeredByEvent", "false"), ("instantiate", "false"), ("isImmediate", "true"),
    ];

    public static IReadOnlyDictionary<string, FlowElement> Read(string xml)
    {
        var document = XDocument.Parse(xml);
        var elements = new Dictionary<string, FlowElement>();
        foreach (var process in document.Descendants(Bpmn + "process"))
            Collect(process, elements);
        return elements;
    }

    /// <summary>Each named element's name by id, to show people names rather than ids; empty when the file does not parse.</summary>
    public static IReadOnlyDictionary<string, string> NamesOf(string xml)
    {
        try
        {
            return Read(xml).Values.Where(e => !string.IsNullOrWhiteSpace(e.Name)).ToDictionary(e => e.Id, e => e.Name!);
        }
        catch (XmlException)
        {
            return new Dictionary<string, string>();
        }
    }

    private static void Collect(XElement container, Dictionary<string, FlowElement> into)
    {
        foreach (var child in container.Elements().Where(IsFlowElement))
        {
            var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal);
            Flatten(child, "", parameters);
            var id = (string)child.Attribute("id")!;
            into[id] = new FlowElement(id, child.Name.LocalName, (string?)child.Attribute("name"), parameters);
            if (Containers.Contains(child.Name.LocalName)) Collect(child, into);
        }
    }

    private static bool IsFlowElement(XElement e) =>
        e.Name.Namespace == Bpmn && e.Attribute("id") is not null && !Skipped.Contains(e.Name.LocalName) && e.Name.LocalName != "extensionElements";

    private static void Flatten(XElement element, string prefix, IDictionary<string, string> into)
    {
        foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration && a.Name.LocalName != "id" && a.Name.Namespace != Xsi
                     && !Defaults.Contains((a.Name.LocalName, a.Value))))
            into[prefix + attribute.Name.LocalName] = attribute.Value;
        foreach (var child in element.Elements())
        {
            if (Skipped.Contains(child.Name.LocalName) || (IsFlowElement(child) && Containers.Contains(element.Name.LocalName))) continue;
            if (Named(child) is { } named) { into[named.Key] = named.Value; continue; }
            var childPrefix = child.Name.LocalName is "extensionElements" or "ioMapping" or "taskHeaders" ? prefix : $"{prefix}{child.Name.LocalName}.";
            if (!child.HasElements && !string.IsNullOrWhiteSpace(child.Value)) into[childPrefix.TrimEnd('.')] = child.Value.Trim();
            Flatten(child, childPrefix, into);
        }
    }

    /// <summary>Inputs, outputs and headers are lists; they are compared by their target or key, not by position.</summary>
    private static KeyValuePair<string, string>? Named(XElement e) => e.Name.Namespace != Zeebe ? null : e.Name.LocalName switch
    {
        "input" => new($"input:{(string?)e.Attribute("target")}", (string?)e.Attribute("source") ?? ""),
        "output" => new($"output:{(string?)e.Attribute("target")}", (string?)e.Attribute("source") ?? ""),
        "header" => new($"header:{(string?)e.Attribute("key")}", (string?)e.Attribute("value") ?? ""),
        _ => null,
    };
}
