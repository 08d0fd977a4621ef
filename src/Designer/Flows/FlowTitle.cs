using System.Xml;
using System.Xml.Linq;

namespace Orchestrator.Designer.Flows;

/// <summary>A flow as people call it: the process's name in its file ("新装接水"), its key only when it has none.</summary>
public static class FlowTitle
{
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    public static string Of(string? xml, string key)
    {
        if (string.IsNullOrWhiteSpace(xml)) return key;
        try
        {
            var name = XDocument.Parse(xml).Descendants(Bpmn + "process")
                .Where(p => (string?)p.Attribute("id") == key).Select(p => (string?)p.Attribute("name")).FirstOrDefault();
            return string.IsNullOrWhiteSpace(name) ? key : name;
        }
        catch (XmlException)
        {
            // a draft saved mid-edit may not parse; its key still names it
            return key;
        }
    }

    /// <summary>The name, or for a deployed flow whose record has none, its key.</summary>
    public static string Of(FlowSummary flow) => string.IsNullOrWhiteSpace(flow.Name) ? flow.Key : flow.Name;
}
