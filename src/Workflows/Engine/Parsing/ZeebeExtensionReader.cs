using System.Xml.Linq;
using Orchestrator.Workflows.Engine.Model;

namespace Orchestrator.Workflows.Engine.Parsing;

/// <summary>Reads the subset of Camunda 8 <c>zeebe:</c> extension elements the engine executes.</summary>
internal static class ZeebeExtensionReader
{
    private static readonly XNamespace Zeebe = BpmnNamespaces.Zeebe;

    public static IoMapping ReadIoMapping(XElement element)
    {
        var mapping = element.ExtensionElement(Zeebe + "ioMapping");
        if (mapping is null)
            return IoMapping.None;
        return new IoMapping(ReadMappings(mapping, "input"), ReadMappings(mapping, "output"));
    }

    public static IReadOnlyDictionary<string, string> ReadHeaders(XElement element)
    {
        var headers = new Dictionary<string, string>();
        foreach (var header in element.ExtensionElement(Zeebe + "taskHeaders")?.Elements(Zeebe + "header") ?? [])
            if ((string?)header.Attribute("key") is { } key)
                headers[key] = (string?)header.Attribute("value") ?? "";
        return headers;
    }

    public static UserTaskAssignment? ReadAssignment(XElement element)
    {
        var assignment = element.ExtensionElement(Zeebe + "assignmentDefinition");
        if (assignment is null)
            return null;
        var groups = ((string?)assignment.Attribute("candidateGroups") ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new UserTaskAssignment((string?)assignment.Attribute("assignee"), groups);
    }

    public static string? ReadCalledProcessId(XElement element) =>
        (string?)element.ExtensionElement(Zeebe + "calledElement")?.Attribute("processId")
        ?? (string?)element.Attribute("calledElement");

    private static List<VariableMapping> ReadMappings(XElement mapping, string kind) =>
        mapping.Elements(Zeebe + kind)
            .Select(m => new VariableMapping((string?)m.Attribute("source") ?? "", (string?)m.Attribute("target") ?? ""))
            .ToList();
}
