using System.Xml.Linq;

namespace Orchestrator.Host.Features.Tasks;

/// <summary>
/// What the diagram marks as the path a request took: the elements it passed before the current step, the
/// start event it began at and the sequence flows between them. The engine records elements, not flows (and
/// no start for a start event), so a flow counts as taken when it leaves a passed element for one the request
/// reached (passed or current), and a start event when one of its flows leads to a passed element.
/// </summary>
public static class PathTaken
{
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    public static IReadOnlyList<string> Of(string xml, IReadOnlyCollection<string> passed, IReadOnlyCollection<string> current)
    {
        var passedNow = passed.Except(current, StringComparer.Ordinal).ToList();
        if (passedNow.Count == 0) return [];
        var reached = passed.Concat(current).ToHashSet(StringComparer.Ordinal);
        XDocument document;
        try
        {
            document = XDocument.Parse(xml);
        }
        catch (System.Xml.XmlException)
        {
            return passedNow;
        }
        var flows = document.Descendants(Bpmn + "sequenceFlow")
            .Select(f => (Id: (string?)f.Attribute("id"), Source: (string?)f.Attribute("sourceRef") ?? "", Target: (string?)f.Attribute("targetRef") ?? ""))
            .ToList();
        var starts = document.Descendants(Bpmn + "startEvent").Select(s => (string?)s.Attribute("id")).OfType<string>()
            .Where(id => !reached.Contains(id) && flows.Any(f => f.Source == id && passed.Contains(f.Target)))
            .ToList();
        var from = passed.Concat(starts).ToHashSet(StringComparer.Ordinal);
        return
        [
            .. passedNow,
            .. starts,
            .. flows.Where(f => f.Id is not null && from.Contains(f.Source) && reached.Contains(f.Target)).Select(f => f.Id!),
        ];
    }
}
