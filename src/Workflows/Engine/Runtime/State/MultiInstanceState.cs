namespace Orchestrator.Workflows.Engine.Runtime.State;

/// <summary>The bookkeeping of a multi-instance body: items, progress and collected outputs.</summary>
public sealed class MultiInstanceState
{
    public List<object?> Items { get; set; } = [];
    public int NextIndex { get; set; }
    public int Active { get; set; }
    public int Completed { get; set; }
    public List<object?> Outputs { get; set; } = [];
}
