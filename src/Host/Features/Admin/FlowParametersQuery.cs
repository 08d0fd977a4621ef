using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Persistence.Records;

namespace Orchestrator.Host.Features.Admin;

/// <summary>
/// The parameters of the latest version of every deployed flow, read from its BPMN: task headers, step
/// deadlines and timer durations. Read-only here; they change through the designer.
/// </summary>
public sealed class FlowParametersQuery(OrchestratorDbContext db)
{
    public async Task<IReadOnlyList<FlowParameter>> LoadAsync(CancellationToken cancellationToken = default)
    {
        // Only the latest version of each key is read (the unique (key, version) index finds it), never every version's BPMN.
        var all = db.Set<WorkflowDefinitionRecord>().AsNoTracking();
        var latest = await all.Where(d => d.Version == all.Where(v => v.Key == d.Key).Max(v => v.Version)).ToListAsync(cancellationToken);
        return [.. latest.OrderBy(d => d.Key).SelectMany(Parameters)];
    }

    private static IEnumerable<FlowParameter> Parameters(WorkflowDefinitionRecord definition)
    {
        XDocument xml;
        try { xml = XDocument.Parse(definition.Xml); }
        catch (System.Xml.XmlException) { yield break; }
        foreach (var element in xml.Descendants())
        {
            var setting = element.Name.LocalName switch
            {
                "header" => ((string?)element.Attribute("key"), (string?)element.Attribute("value")),
                "timeDuration" or "timeDate" or "timeCycle" => (element.Name.LocalName, element.Value.Trim()),
                _ => element.Attributes().FirstOrDefault(a => a.Name.LocalName == "dueDate") is { } due ? ("dueDate", due.Value) : (null, null),
            };
            if (setting is not ({ } name, { } value)) continue;
            var owner = element.AncestorsAndSelf().First(e => e.Attribute("id") is not null || e.Parent is null);
            var label = (string?)owner.Attribute("name") is { } ownerName ? $"{ownerName} ({(string?)owner.Attribute("id")})" : (string?)owner.Attribute("id") ?? "";
            yield return new FlowParameter(definition.Key, definition.Version, label, name, value);
        }
    }
}
