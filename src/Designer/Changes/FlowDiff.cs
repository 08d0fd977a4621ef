namespace Orchestrator.Designer.Changes;

/// <summary>Compares two versions of a flow: elements added, removed, and changed with each setting that differs.</summary>
public static class FlowDiff
{
    public static FlowChanges Compare(string? beforeXml, string afterXml)
    {
        var before = beforeXml is null ? new Dictionary<string, FlowElement>() : FlowElementReader.Read(beforeXml);
        var after = FlowElementReader.Read(afterXml);
        var added = after.Values.Where(e => !before.ContainsKey(e.Id)).OrderBy(e => e.Id).ToList();
        var removed = before.Values.Where(e => !after.ContainsKey(e.Id)).OrderBy(e => e.Id).ToList();
        var changed = after.Values
            .Where(e => before.ContainsKey(e.Id))
            .Select(e => new ElementChange(before[e.Id], e, Parameters(before[e.Id], e)))
            .Where(c => c.Parameters.Count > 0 || c.Before.Kind != c.After.Kind)
            .OrderBy(c => c.Id)
            .ToList();
        return new FlowChanges(added, removed, changed) { AfterElements = after };
    }

    private static IReadOnlyList<ParameterChange> Parameters(FlowElement before, FlowElement after) =>
        before.Parameters.Keys.Union(after.Parameters.Keys).Order(StringComparer.Ordinal)
            .Select(name => new ParameterChange(after.Id, after.Label, name,
                before.Parameters.GetValueOrDefault(name), after.Parameters.GetValueOrDefault(name)))
            .Where(p => p.Before != p.After)
            .ToList();
}
