namespace Orchestrator.Workflows.Engine.Expressions;

/// <summary>
/// Expressions are written the Zeebe way, <c>=amount &gt; 100</c>: the text after "=" is JavaScript.
/// <c>${...}</c> (Camunda 7 style) is accepted too. Mapping sources without "=" are variable names.
/// </summary>
public static class ExpressionText
{
    public static bool IsExpression(string text) => text.TrimStart().StartsWith('=');

    /// <summary>The JavaScript to run for a condition or expression text.</summary>
    public static string ToScript(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith('='))
            return trimmed[1..].Trim();
        if (trimmed.StartsWith("${", StringComparison.Ordinal) && trimmed.EndsWith('}'))
            return trimmed[2..^1].Trim();
        return trimmed;
    }
}
