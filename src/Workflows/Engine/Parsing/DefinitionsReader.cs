using System.Xml.Linq;
using Orchestrator.Workflows.Engine.Model;

namespace Orchestrator.Workflows.Engine.Parsing;

/// <summary>Reads the root <c>bpmn:definitions</c>: processes, messages, errors and escalations.</summary>
internal static class DefinitionsReader
{
    private static readonly XNamespace Bpmn = BpmnNamespaces.Model;

    public static BpmnDefinitions Read(XElement root) => new(
        (string?)root.Attribute("id"),
        (string?)root.Attribute("targetNamespace"),
        root.Elements(Bpmn + "process").Select(ReadProcess).ToList(),
        root.Elements(Bpmn + "message").Select(ReadMessage).ToList(),
        root.Elements(Bpmn + "error").Select(ReadError).ToList())
    {
        Escalations = root.Elements(Bpmn + "escalation").Select(ReadEscalation).ToList(),
    };

    private static ProcessDefinition ReadProcess(XElement process) => new(
        process.IdOrEmpty(),
        (string?)process.Attribute("name"),
        (bool?)process.Attribute("isExecutable") ?? false,
        FlowContainerReader.Read(process),
        ReadLanes(process).ToList());

    private static IEnumerable<Lane> ReadLanes(XElement process) =>
        process.Descendants(Bpmn + "lane").Select(lane => new Lane(
            lane.IdOrEmpty(),
            (string?)lane.Attribute("name"),
            lane.Elements(Bpmn + "flowNodeRef").Select(r => r.Value.Trim()).ToList()));

    private static MessageDefinition ReadMessage(XElement message) => new(
        message.IdOrEmpty(),
        (string?)message.Attribute("name") ?? message.IdOrEmpty(),
        (string?)message.ExtensionElement(BpmnNamespaces.Zeebe + "subscription")?.Attribute("correlationKey"));

    private static ErrorDefinition ReadError(XElement error) => new(
        error.IdOrEmpty(),
        (string?)error.Attribute("name"),
        (string?)error.Attribute("errorCode"));

    private static EscalationDefinition ReadEscalation(XElement escalation) => new(
        escalation.IdOrEmpty(),
        (string?)escalation.Attribute("name"),
        (string?)escalation.Attribute("escalationCode"));
}
