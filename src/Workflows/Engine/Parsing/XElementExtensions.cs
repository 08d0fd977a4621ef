using System.Xml.Linq;

namespace Orchestrator.Workflows.Engine.Parsing;

internal static class XElementExtensions
{
    public static string IdOrEmpty(this XElement element) => (string?)element.Attribute("id") ?? "";

    /// <summary>The first child of <c>bpmn:extensionElements</c> with the given name, if any.</summary>
    public static XElement? ExtensionElement(this XElement element, XName name) =>
        element.Element(BpmnNamespaces.Model + "extensionElements")?.Element(name);

    /// <summary>Text content with surrounding whitespace removed; null when absent or empty.</summary>
    public static string? TrimmedText(this XElement? element) =>
        element is null || string.IsNullOrWhiteSpace(element.Value) ? null : element.Value.Trim();
}
