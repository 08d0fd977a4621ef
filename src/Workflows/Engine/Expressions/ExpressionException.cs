namespace Orchestrator.Workflows.Engine.Expressions;

/// <summary>An expression failed or was stopped; names the element and the expression for the incident.</summary>
public sealed class ExpressionException(string elementId, string expression, string reason, Exception? inner = null)
    : Exception($"The expression '{expression}' on element '{elementId}' failed: {reason}", inner)
{
    public string ElementId { get; } = elementId;

    public string Expression { get; } = expression;

    public string Reason { get; } = reason;
}
