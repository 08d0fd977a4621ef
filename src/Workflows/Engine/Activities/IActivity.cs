namespace Orchestrator.Workflows.Engine.Activities;

/// <summary>
/// Executes a service task whose <c>zeebe:taskDefinition type</c> names it. Throw
/// <see cref="BpmnErrorException"/> for a business error a boundary event can catch; any other exception
/// becomes an incident.
/// </summary>
public interface IActivity
{
    ValueTask<ActivityResult> ExecuteAsync(ActivityContext context);
}
