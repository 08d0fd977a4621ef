using System.Xml.Linq;

namespace Orchestrator.Designer.Flows;

/// <summary>Copies a flow under another process id: the process, and every diagram or participant reference to it.</summary>
public static class ProcessCopy
{
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    public static string Rekey(string xml, string fromKey, string toKey, string? name = null)
    {
        var document = XDocument.Parse(xml);
        var process = document.Descendants(Bpmn + "process").FirstOrDefault(p => (string?)p.Attribute("id") == fromKey)
            ?? throw new ArgumentException($"The file has no process '{fromKey}'.", nameof(fromKey));
        process.SetAttributeValue("id", toKey);
        if (name is not null) process.SetAttributeValue("name", name);
        foreach (var reference in document.Descendants().Attributes().Where(a => a.Name.LocalName is "bpmnElement" or "processRef" && a.Value == fromKey))
            reference.Value = toKey;
        return document.Declaration is null ? document.ToString() : document.Declaration + Environment.NewLine + document;
    }
}
