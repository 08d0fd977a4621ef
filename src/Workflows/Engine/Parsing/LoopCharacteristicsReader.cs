using System.Xml.Linq;
using Orchestrator.Workflows.Engine.Model;

namespace Orchestrator.Workflows.Engine.Parsing;

/// <summary>Reads <c>multiInstanceLoopCharacteristics</c> with <c>zeebe:loopCharacteristics</c>.</summary>
internal static class LoopCharacteristicsReader
{
    private static readonly XNamespace Bpmn = BpmnNamespaces.Model;

    public static MultiInstanceLoop? Read(XElement activity)
    {
        var loop = activity.Element(Bpmn + "multiInstanceLoopCharacteristics");
        if (loop is null)
            return null;
        var zeebe = loop.ExtensionElement(BpmnNamespaces.Zeebe + "loopCharacteristics");
        return new MultiInstanceLoop(
            (bool?)loop.Attribute("isSequential") ?? false,
            (string?)zeebe?.Attribute("inputCollection") ?? loop.Element(Bpmn + "loopDataInputRef").TrimmedText(),
            (string?)zeebe?.Attribute("inputElement"),
            (string?)zeebe?.Attribute("outputCollection"),
            (string?)zeebe?.Attribute("outputElement"),
            loop.Element(Bpmn + "completionCondition").TrimmedText());
    }
}
