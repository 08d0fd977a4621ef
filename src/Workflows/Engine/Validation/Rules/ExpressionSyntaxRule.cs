using Orchestrator.Workflows.Engine.Expressions;
using Orchestrator.Workflows.Engine.Model;

namespace Orchestrator.Workflows.Engine.Validation.Rules;

/// <summary>Conditions, mapping sources and loop expressions must parse as JavaScript.</summary>
public sealed class ExpressionSyntaxRule : IProcessRule
{
    public IEnumerable<ValidationProblem> Check(ValidationContext context)
    {
        foreach (var flow in context.Process.Content.AllFlows().Where(f => f.Condition is not null))
            if (ExpressionSyntax.Check(flow.Condition!) is { } problem)
                yield return ValidationProblem.Error(flow.Id, "expression.condition-invalid", $"The condition '{flow.Condition}' of sequence flow '{flow.Id}' is not valid JavaScript: {problem}.");
        foreach (var node in context.Nodes)
            foreach (var (what, text) in Expressions(node))
                if (ExpressionSyntax.Check(text) is { } problem)
                    yield return ValidationProblem.Error(node.Id, "expression.invalid", $"The {what} '{text}' of {node.DisplayName} is not valid JavaScript: {problem}.");
    }

    private static IEnumerable<(string What, string Text)> Expressions(FlowNode node)
    {
        foreach (var mapping in node.IoMapping.Inputs.Concat(node.IoMapping.Outputs).Where(m => ExpressionText.IsExpression(m.Source)))
            yield return ($"mapping source for '{mapping.Target}'", mapping.Source);
        if (node.MultiInstance?.CompletionCondition is { } completion)
            yield return ("completion condition", completion);
        if (node.MultiInstance?.InputCollection is { } collection && ExpressionText.IsExpression(collection))
            yield return ("input collection", collection);
    }
}
