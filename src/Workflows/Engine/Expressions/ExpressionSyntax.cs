using Acornima;

namespace Orchestrator.Workflows.Engine.Expressions;

/// <summary>Checks that an expression parses as JavaScript, without running it.</summary>
public static class ExpressionSyntax
{
    /// <summary>Null when the expression parses; otherwise the parser's complaint.</summary>
    public static string? Check(string expressionText)
    {
        var script = ExpressionText.ToScript(expressionText);
        if (script.Length == 0)
            return "the expression is empty";
        try
        {
            new Parser().ParseScript(script);
            return null;
        }
        catch (ParseErrorException ex)
        {
            return ex.Error.Description;
        }
    }
}
