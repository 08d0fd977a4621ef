using System.Xml.Linq;
using Orchestrator.Workflows.Engine.Model;

namespace Orchestrator.Workflows.Engine.Parsing;

/// <summary>Reads a task element with its <c>zeebe:</c> and <c>orc:</c> settings.</summary>
internal static class TaskReader
{
    private static readonly XNamespace Zeebe = BpmnNamespaces.Zeebe;
    private static readonly XNamespace Orc = BpmnNamespaces.Orchestrator;

    public static TaskNode Read(XElement element, string id, string? name, FlowNodeKind kind)
    {
        var form = element.ExtensionElement(Zeebe + "formDefinition");
        return new TaskNode(id, name, kind)
        {
            TaskType = (string?)element.ExtensionElement(Zeebe + "taskDefinition")?.Attribute("type"),
            Headers = ZeebeExtensionReader.ReadHeaders(element),
            Assignment = ZeebeExtensionReader.ReadAssignment(element),
            FormKey = (string?)form?.Attribute("formKey") ?? (string?)form?.Attribute("formId"),
            DueDate = (string?)element.Attribute(Orc + "dueDate"),
            DueDateInWorkingDays = WorkingDaysCalendar.IsDeclaredOn(element),
            MessageRef = (string?)element.Attribute("messageRef"),
        };
    }
}
