using Orchestrator.Workflows.Engine.Expressions;
using Orchestrator.Workflows.Engine.Model;
using Orchestrator.Workflows.Engine.Runtime.State;
using Orchestrator.Workflows.Engine.Variables;

namespace Orchestrator.Workflows.Engine.Runtime.Behaviors;

using Vars = IReadOnlyDictionary<string, object?>;

/// <summary>
/// Variables live in scopes. A name is read from the nearest scope that has it; a write updates the
/// nearest scope that has the name and otherwise lands in the instance root (as Zeebe propagates).
/// </summary>
internal sealed class VariableScopes(InstanceState state, IExpressionEvaluator expressions)
{
    public Dictionary<string, object?> Visible(string scopeId)
    {
        var scope = state.FindScope(scopeId);
        if (scope is null)
            return [];
        if (scope.ParentId is null)
            return new Dictionary<string, object?>(scope.Variables); // the root alone: the common case
        var result = new Dictionary<string, object?>();
        foreach (var outer in Chain(scopeId).Reverse())
            foreach (var (name, value) in outer.Variables)
                result[name] = value;
        return result;
    }

    public void Set(string scopeId, string name, object? value)
    {
        var owner = Chain(scopeId).FirstOrDefault(s => s.Variables.ContainsKey(name)) ?? state.RootScope;
        owner.Variables[name] = PlainValue.Normalize(value);
    }

    public void Merge(string scopeId, Vars? variables)
    {
        foreach (var (name, value) in variables ?? new Dictionary<string, object?>())
            Set(scopeId, name, value);
    }

    /// <summary>The node's input mappings evaluated, or every visible variable when it has none.</summary>
    public Dictionary<string, object?> Inputs(FlowNode node, string scopeId)
    {
        var visible = Visible(scopeId);
        if (node.IoMapping.Inputs.Count == 0)
            return visible;
        return node.IoMapping.Inputs.ToDictionary(m => m.Target, m => Evaluate(m.Source, visible, node.Id));
    }

    /// <summary>Output mappings evaluated over visible variables plus <paramref name="result"/>; no mappings = merge.</summary>
    public void ApplyOutputs(FlowNode node, string scopeId, Vars? result, Vars? context = null)
    {
        if (node.IoMapping.Outputs.Count == 0)
        {
            Merge(scopeId, result);
            return;
        }
        var source = new Dictionary<string, object?>(context ?? Visible(scopeId));
        foreach (var (name, value) in result ?? new Dictionary<string, object?>())
            source[name] = PlainValue.Normalize(value);
        foreach (var mapping in node.IoMapping.Outputs)
            Set(scopeId, mapping.Target, Evaluate(mapping.Source, source, node.Id));
    }

    /// <summary>"=expr" is evaluated; anything else names a variable.</summary>
    public object? Evaluate(string source, Vars variables, string elementId) =>
        ExpressionText.IsExpression(source)
            ? expressions.Evaluate(source, variables, elementId)
            : variables.GetValueOrDefault(source.Trim());

    public bool IsTrue(string condition, Vars variables, string elementId) =>
        expressions.EvaluateCondition(condition, variables, elementId);

    private IEnumerable<ScopeState> Chain(string scopeId)
    {
        for (var scope = state.FindScope(scopeId); scope is not null; scope = state.FindScope(scope.ParentId))
            yield return scope;
    }
}
