using System.Xml.Linq;

namespace Orchestrator.Workflows.Engine.Parsing;

/// <summary>
/// Names the vendor extensions the engine does not read (<c>camunda:asyncBefore</c>, <c>camunda:in</c>, ...),
/// one diagnostic per element, because they may change what the author meant (a call activity's variable
/// mapping), and the <c>zeebe:</c> extension elements it does not execute (<c>zeebe:executionListeners</c>, ...).
/// Diagram, colour and modeler-information namespaces only change how the file looks and are not named.
/// </summary>
internal static class ForeignExtensionInspector
{
    /// <summary>The <see cref="BpmnDiagnostic.ElementKind"/> of these diagnostics; they are warnings, never errors.</summary>
    public const string Kind = "extension";

    private static readonly HashSet<XNamespace> Understood =
    [
        BpmnNamespaces.Model, BpmnNamespaces.Zeebe, BpmnNamespaces.Orchestrator, XNamespace.Xml, XNamespace.Xmlns,
        "http://www.w3.org/2001/XMLSchema-instance",
        "http://www.omg.org/spec/BPMN/20100524/DI", "http://www.omg.org/spec/DD/20100524/DC",
        "http://www.omg.org/spec/DD/20100524/DI", "http://bpmn.io/schema/bpmn/biocolor/1.0",
        "http://www.omg.org/spec/BPMN/non-normative/color/1.0", "http://camunda.org/schema/modeler/1.0",
    ];

    /// <summary>The <c>zeebe:</c> extension elements the engine reads, or that carry no meaning for execution.</summary>
    private static readonly HashSet<string> ZeebeElementsRead =
    [
        "taskDefinition", "taskHeaders", "ioMapping", "assignmentDefinition", "formDefinition", "calledElement",
        "loopCharacteristics", "subscription", "userTask", "properties",
    ];

    public static IEnumerable<BpmnDiagnostic> Inspect(XElement root)
    {
        var byElement = new Dictionary<XElement, SortedSet<string>>();
        foreach (var element in root.DescendantsAndSelf().Where(e => e.Name.Namespace == BpmnNamespaces.Model))
        {
            if (element.Name.LocalName is "BPMNDiagram")
                continue;
            foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration && IsForeign(a.Name.Namespace)))
                Note(byElement, element, Prefixed(element, attribute.Name));
            foreach (var extension in element.Elements(BpmnNamespaces.Model + "extensionElements").Elements().Where(IsIgnoredExtension))
                Note(byElement, element, Prefixed(element, extension.Name));
        }
        return byElement.Select(pair => Diagnostic(pair.Key, pair.Value));
    }

    private static bool IsIgnoredExtension(XElement extension) =>
        IsForeign(extension.Name.Namespace)
        || (extension.Name.Namespace == BpmnNamespaces.Zeebe && !ZeebeElementsRead.Contains(extension.Name.LocalName));

    private static bool IsForeign(XNamespace ns) => ns != XNamespace.None && !Understood.Contains(ns);

    private static void Note(Dictionary<XElement, SortedSet<string>> byElement, XElement element, string name)
    {
        if (!byElement.TryGetValue(element, out var names))
            byElement[element] = names = new SortedSet<string>(StringComparer.Ordinal);
        names.Add(name);
    }

    private static string Prefixed(XElement scope, XName name) =>
        scope.GetPrefixOfNamespace(name.Namespace) is { Length: > 0 } prefix ? $"{prefix}:{name.LocalName}" : $"{{{name.NamespaceName}}}{name.LocalName}";

    private static BpmnDiagnostic Diagnostic(XElement element, SortedSet<string> names)
    {
        var id = (string?)element.Attribute("id");
        var processId = element.AncestorsAndSelf(BpmnNamespaces.Model + "process").Select(p => (string?)p.Attribute("id")).FirstOrDefault();
        var where = id is null ? $"The {element.Name.LocalName} element" : $"{element.Name.LocalName} '{id}'";
        var list = string.Join(", ", names);
        var message = $"{where} uses {list}, which the engine does not read and ignores; "
                      + "remove it or express it with zeebe:/orc: settings the engine executes.";
        return new BpmnDiagnostic(processId, id, Kind, message, DiagnosticSeverity.Warning);
    }
}
