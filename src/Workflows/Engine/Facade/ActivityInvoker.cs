using Microsoft.Extensions.DependencyInjection;
using Orchestrator.Workflows.Engine.Activities;
using Orchestrator.Workflows.Engine.Persistence.Records;
using Orchestrator.Workflows.Engine.Runtime.Commands;
using Orchestrator.Workflows.Engine.Runtime.Effects;
using System.Text.Json;

namespace Orchestrator.Workflows.Engine.Facade;

/// <summary>
/// Runs a registered activity inside the step (same scope, same DbContext) and answers with the command
/// that resumes the token: completion, a BPMN error, or a failure that becomes an incident. An activity that
/// does not complete leaves no changes behind.
/// </summary>
internal sealed class ActivityInvoker(EngineServices engine)
{
    public async Task<EngineCommand> RunAsync(LoadedInstance instance, ActivityRequested request, CancellationToken cancellationToken)
    {
        var descriptor = engine.Activities.Find(request.TaskType);
        if (descriptor is null)
            return new FailActivity(request.WaitId, "UnknownActivity", $"No activity is registered for task type '{request.TaskType}' ({request.ElementId}).");
        var context = new ActivityContext
        {
            InstanceId = instance.Record.Id, TenantId = instance.Record.TenantId, ProcessKey = instance.Record.ProcessKey, BusinessKey = instance.Record.BusinessKey,
            ElementId = request.ElementId, Inputs = request.Inputs, Headers = request.Headers, Variables = request.Variables,
            Services = engine.Services, CancellationToken = cancellationToken,
        };
        var checkpoint = engine.Store.Checkpoint();
        try
        {
            var activity = (IActivity)engine.Services.GetRequiredService(descriptor.ImplementationType);
            var result = await activity.ExecuteAsync(context);
            foreach (var item in context.OutboxItems)
                engine.Outbox.Stage(new OutboxRecord { TenantId = instance.Record.TenantId, Kind = item.Kind, PayloadJson = JsonSerializer.Serialize(item.Payload), CreatedAt = engine.Clock.GetUtcNow() });
            return new CompleteActivity(request.WaitId, result.Variables());
        }
        catch (BpmnErrorException ex)
        {
            checkpoint.Revert();
            return new ThrowBpmnError(request.WaitId, ex.ErrorCode, ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            checkpoint.Revert(); // the incident is committed without the half of the work the activity had done
            return new FailActivity(request.WaitId, "ActivityFailed", $"Activity '{request.TaskType}' at '{request.ElementId}' failed: {ex.Message}");
        }
    }
}
