namespace Orchestrator.Workflows.Engine.Model;

/// <summary>The nodes and sequence flows directly inside a process or a sub-process.</summary>
public sealed record FlowContainer(IReadOnlyList<FlowNode> Nodes, IReadOnlyList<SequenceFlow> Flows)
{
    public static FlowContainer Empty { get; } = new([], []);

    /// <summary>Every node in this container and in the sub-processes nested in it.</summary>
    public IEnumerable<FlowNode> AllNodes()
    {
        foreach (var node in Nodes)
        {
            yield return node;
            if (node is SubProcessNode sub)
                foreach (var nested in sub.Content.AllNodes())
                    yield return nested;
        }
    }

    /// <summary>Every sequence flow in this container and in nested sub-processes.</summary>
    public IEnumerable<SequenceFlow> AllFlows() =>
        Flows.Concat(Nodes.OfType<SubProcessNode>().SelectMany(s => s.Content.AllFlows()));
}
