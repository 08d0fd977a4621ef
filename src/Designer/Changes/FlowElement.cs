namespace Orchestrator.Designer.Changes;

/// <summary>A flow element as the diff sees it: its kind, name and every setting flattened to name → value.</summary>
public sealed record FlowElement(string Id, string Kind, string? Name, IReadOnlyDictionary<string, string> Parameters)
{
    public string Label => string.IsNullOrWhiteSpace(Name) ? Id : $"{Name} ({Id})";
}
