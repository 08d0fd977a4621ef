namespace Orchestrator.Workflows.Engine.Expressions;

/// <summary>Evaluates gateway conditions and variable mappings against plain process variables.</summary>
public interface IExpressionEvaluator
{
    /// <summary>The plain value of <paramref name="expression"/>; throws <see cref="ExpressionException"/>.</summary>
    object? Evaluate(string expression, IReadOnlyDictionary<string, object?> variables, string elementId);

    /// <summary>True when the expression is JavaScript-truthy.</summary>
    bool EvaluateCondition(string expression, IReadOnlyDictionary<string, object?> variables, string elementId);
}
