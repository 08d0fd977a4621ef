using System.Xml.Linq;

namespace Orchestrator.Workflows.Engine.Parsing;

/// <summary>Recognises <c>orc:calendar="working-days"</c>, the marker that day counts are working days.</summary>
internal static class WorkingDaysCalendar
{
    public const string AttributeValue = "working-days";

    public static bool IsDeclaredOn(XElement element) =>
        string.Equals((string?)element.Attribute(BpmnNamespaces.Orchestrator + "calendar"), AttributeValue,
            StringComparison.OrdinalIgnoreCase);
}
