using Orchestrator.Workflows.Engine.Expressions;

namespace Orchestrator.Workflows.Engine.Runtime.Behaviors;

/// <summary>Resolves assignee and candidate groups, which may be literals or "=" expressions.</summary>
internal sealed class AssignmentResolver(VariableScopes variables, IReadOnlyDictionary<string, object?> visible, string elementId)
{
    public IReadOnlyList<string> Groups(IReadOnlyList<string> declared) =>
        declared.SelectMany(group => ExpressionText.IsExpression(group)
            ? variables.Evaluate(group, visible, elementId) switch
            {
                null => [],
                IEnumerable<object?> list => list.Select(g => g?.ToString() ?? "").Where(g => g.Length > 0),
                var single => single.ToString()!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            }
            : [group]).Distinct().ToList();

    public string? Single(string? declared) =>
        declared is not null && ExpressionText.IsExpression(declared)
            ? variables.Evaluate(declared, visible, elementId)?.ToString()
            : declared;
}
