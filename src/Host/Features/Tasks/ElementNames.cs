using System.Xml.Linq;

namespace Orchestrator.Host.Features.Tasks;

/// <summary>The names a BPMN file gives its elements, so history reads "现场勘查 completed", not an element id.</summary>
public static class ElementNames
{
    public static IReadOnlyDictionary<string, string> Of(string bpmnXml)
    {
        try
        {
            return XDocument.Parse(bpmnXml).Descendants()
                .Select(e => (Id: (string?)e.Attribute("id"), Name: (string?)e.Attribute("name")))
                .Where(e => e.Id is not null && !string.IsNullOrWhiteSpace(e.Name))
                .DistinctBy(e => e.Id)
                .ToDictionary(e => e.Id!, e => e.Name!.Trim());
        }
        catch (System.Xml.XmlException)
        {
            return new Dictionary<string, string>();
        }
    }
}
