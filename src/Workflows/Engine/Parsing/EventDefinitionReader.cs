using System.Xml.Linq;
using Orchestrator.Workflows.Engine.Model;

namespace Orchestrator.Workflows.Engine.Parsing;

/// <summary>Reads the <c>*EventDefinition</c> children of an event.</summary>
internal static class EventDefinitionReader
{
    private static readonly XNamespace Bpmn = BpmnNamespaces.Model;

    public static IReadOnlyList<EventDefinition> ReadAll(XElement eventElement) =>
        eventElement.Elements()
            .Where(e => e.Name.Namespace == Bpmn && e.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal))
            .Select(Read)
            .ToList();

    private static EventDefinition Read(XElement definition) => definition.Name.LocalName switch
    {
        "messageEventDefinition" => new MessageEventDefinition((string?)definition.Attribute("messageRef")),
        "errorEventDefinition" => new ErrorEventDefinition((string?)definition.Attribute("errorRef")),
        "terminateEventDefinition" => new TerminateEventDefinition(),
        "escalationEventDefinition" => new EscalationEventDefinition((string?)definition.Attribute("escalationRef")),
        "timerEventDefinition" => ReadTimer(definition),
        var other => new UnsupportedEventDefinition(other.Replace("EventDefinition", "", StringComparison.Ordinal)),
    };

    private static EventDefinition ReadTimer(XElement timer)
    {
        var workingDays = WorkingDaysCalendar.IsDeclaredOn(timer);
        if (timer.Element(Bpmn + "timeDuration").TrimmedText() is { } duration)
            return new TimerEventDefinition(TimerKind.Duration, duration, workingDays);
        if (timer.Element(Bpmn + "timeDate").TrimmedText() is { } date)
            return new TimerEventDefinition(TimerKind.Date, date, workingDays);
        if (timer.Element(Bpmn + "timeCycle").TrimmedText() is { } cycle)
            return new TimerEventDefinition(TimerKind.Cycle, cycle, workingDays);
        return new TimerEventDefinition(TimerKind.Duration, "", workingDays);
    }
}
