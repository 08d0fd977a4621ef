using Orchestrator.Workflows.Engine.Expressions;
using Orchestrator.Workflows.Engine.Model;

namespace Orchestrator.Workflows.Engine.Validation.Rules;

/// <summary>Task types name registered activities, candidate groups are known, messages and errors exist.</summary>
public sealed class RegisteredNamesRule : IProcessRule
{
    public IEnumerable<ValidationProblem> Check(ValidationContext context)
    {
        foreach (var node in context.Nodes)
        {
            if (node is TaskNode { TaskType: { } type } && context.Activities.Find(type) is null)
                yield return ValidationProblem.Error(node.Id, "task-type.unknown", $"{node.DisplayName} uses task type '{type}', which no registered activity provides.");
            var groups = (node as TaskNode)?.Assignment?.CandidateGroups ?? [];
            foreach (var group in groups.Where(g => !ExpressionText.IsExpression(g) && !context.CandidateGroups.IsKnown(g)))
                yield return ValidationProblem.Error(node.Id, "candidate-group.unknown", $"User task {node.DisplayName} is assigned to candidate group '{group}', which is not a known group.");
            if (MessageRef(node) is { } message && context.Definitions.FindMessage(message) is null)
                yield return ValidationProblem.Error(node.Id, "message.undefined", $"{node.DisplayName} references message '{message}', which is not defined in the file.");
            if (node is EventNode { Definition: ErrorEventDefinition { ErrorRef: { } error } } && context.Definitions.FindError(error) is null)
                yield return ValidationProblem.Error(node.Id, "error.undefined", $"{node.DisplayName} references error '{error}', which is not defined in the file.");
        }
    }

    private static string? MessageRef(FlowNode node) => node switch
    {
        EventNode { Definition: MessageEventDefinition m } => m.MessageRef,
        TaskNode t => t.MessageRef,
        _ => null,
    };
}
