using System.Collections.Concurrent;
using Orchestrator.Workflows.Engine.Model;

namespace Orchestrator.Workflows.Engine.Runtime;

/// <summary>
/// An index over one executable process: nodes by id, flows in and out, boundary events per activity,
/// and which nodes can reach which (for inclusive joins). Built once per deployed version.
/// </summary>
public sealed class ProcessGraph
{
    private readonly Dictionary<string, FlowNode> _nodes;
    private readonly Dictionary<string, FlowContainer> _containerOf = [];
    private readonly ILookup<string, SequenceFlow> _outgoing;
    private readonly ILookup<string, SequenceFlow> _incoming;
    private readonly ILookup<string, EventNode> _boundaries;
    private readonly ConcurrentDictionary<(string, string), bool> _reach = new();

    public ProcessGraph(BpmnDefinitions definitions, ProcessDefinition process)
    {
        Definitions = definitions;
        Process = process;
        IndexContainers(process.Content);
        _nodes = process.Content.AllNodes().GroupBy(n => n.Id).ToDictionary(g => g.Key, g => g.First());
        var flows = process.Content.AllFlows().ToList();
        _outgoing = flows.ToLookup(f => f.SourceRef);
        _incoming = flows.ToLookup(f => f.TargetRef);
        _boundaries = _nodes.Values.OfType<EventNode>().Where(e => e.AttachedTo is not null).ToLookup(e => e.AttachedTo!);
    }

    public BpmnDefinitions Definitions { get; }
    public ProcessDefinition Process { get; }

    public FlowNode Node(string id) =>
        _nodes.TryGetValue(id, out var node) ? node : throw new InvalidOperationException($"Element '{id}' is not in process '{Process.Id}'.");

    public IReadOnlyList<SequenceFlow> Outgoing(string nodeId) => _outgoing[nodeId].ToList();

    public IReadOnlyList<SequenceFlow> Incoming(string nodeId) => _incoming[nodeId].ToList();

    public IEnumerable<EventNode> BoundaryEvents(string activityId) => _boundaries[activityId];

    public FlowContainer ContainerOf(string nodeId) => _containerOf[nodeId];

    /// <summary>The none start event of a container, or null when it has none.</summary>
    public EventNode? NoneStartEvent(FlowContainer container) => container.Nodes.OfType<EventNode>()
        .FirstOrDefault(e => e.Kind == FlowNodeKind.StartEvent && e.Definitions.Count == 0);

    /// <summary>True when a token at <paramref name="from"/> could still arrive at <paramref name="to"/>.</summary>
    public bool CanReach(string from, string to) => _reach.GetOrAdd((from, to), key => Search(key.Item1, key.Item2));

    private bool Search(string from, string to)
    {
        var seen = new HashSet<string>();
        var pending = new Stack<string>([from]);
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current))
                continue;
            foreach (var next in _outgoing[current].Select(f => f.TargetRef).Concat(_boundaries[current].Select(b => b.Id)))
            {
                if (next == to)
                    return true;
                pending.Push(next);
            }
        }
        return false;
    }

    private void IndexContainers(FlowContainer container)
    {
        foreach (var node in container.Nodes)
        {
            _containerOf.TryAdd(node.Id, container);
            if (node is SubProcessNode sub)
                IndexContainers(sub.Content);
        }
    }
}
