using System.Xml.Linq;

namespace Orchestrator.Host.Features.Tasks;

/// <summary>
/// The sequence flows of a diagram a request has travelled: the engine records elements, not flows, so a flow
/// counts as taken when it leaves an element the request passed for one it reached (passed or current).
/// </summary>
public static class FlowsTaken
{
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    public static IReadOnlyList<string> Between(string xml, IReadOnlyCollection<string> passed, IReadOnlyCollection<string> current)
    {
        if (passed.Count == 0) return [];
        var reached = passed.Concat(current).ToHashSet(StringComparer.Ordinal);
        var done = passed.ToHashSet(StringComparer.Ordinal);
        try
        {
            return
            [
                .. XDocument.Parse(xml).Descendants(Bpmn + "sequenceFlow")
                    .Where(f => done.Contains((string?)f.Attribute("sourceRef") ?? "") && reached.Contains((string?)f.Attribute("targetRef") ?? ""))
                    .Select(f => (string?)f.Attribute("id"))
                    .OfType<string>(),
            ];
        }
        catch (System.Xml.XmlException)
        {
            return [];
        }
    }
}
