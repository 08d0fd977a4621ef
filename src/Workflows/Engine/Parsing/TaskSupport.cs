using Orchestrator.Workflows.Engine.Model;

namespace Orchestrator.Workflows.Engine.Parsing;

/// <summary>Which tasks the engine executes: job-like tasks need an activity type, receive tasks a message.</summary>
internal static class TaskSupport
{
    public static bool RunsActivity(TaskNode task) => task.Kind is FlowNodeKind.ServiceTask or FlowNodeKind.SendTask
        or FlowNodeKind.ScriptTask or FlowNodeKind.BusinessRuleTask;

    public static string? UnsupportedReason(TaskNode task)
    {
        if (RunsActivity(task) && string.IsNullOrWhiteSpace(task.TaskType))
            return $"{task.DisplayName} has no zeebe:taskDefinition type, so the engine does not know which activity runs it.";
        if (task.Kind == FlowNodeKind.ReceiveTask && task.MessageRef is null)
            return $"Receive task {task.DisplayName} does not reference a message.";
        return null;
    }
}
