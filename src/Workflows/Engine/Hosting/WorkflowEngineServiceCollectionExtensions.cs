using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orchestrator.Workflows.Engine.Activities;
using Orchestrator.Workflows.Engine.Expressions;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Outbox;
using Orchestrator.Workflows.Engine.Parsing;
using Orchestrator.Workflows.Engine.Runtime;
using Orchestrator.Workflows.Engine.Timers;
using Orchestrator.Workflows.Engine.Validation;

namespace Orchestrator.Workflows.Engine.Hosting;

public static class WorkflowEngineServiceCollectionExtensions
{
    /// <summary>
    /// Registers the engine. Ports with defaults the Host usually replaces: <see cref="IWorkingCalendar"/>
    /// (weekdays only), <see cref="ICandidateGroupCatalog"/> (any group), <see cref="ITimerScheduler"/>
    /// (none), <see cref="ITimerStartTenants"/> (none: group-wide timer starts run without a tenant),
    /// <see cref="TimeProvider"/> (system clock). Choose a store on the returned builder.
    /// </summary>
    public static WorkflowEngineBuilder AddWorkflowEngine(this IServiceCollection services, Action<WorkflowEngineOptions>? configure = null)
    {
        var options = new WorkflowEngineOptions();
        configure?.Invoke(options);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IWorkingCalendar, WeekdaysOnlyCalendar>();
        services.TryAddSingleton<ICandidateGroupCatalog, AnyCandidateGroup>();
        services.TryAddSingleton<ITimerScheduler, UnscheduledTimers>();
        services.TryAddScoped<ITimerStartTenants, NoTimerStartTenants>();
        services.TryAddSingleton<IExpressionEvaluator>(_ => new JintExpressionEvaluator(options.Expressions));
        services.TryAddSingleton<ActivityRegistry>();
        services.TryAddSingleton<IActivityCatalog>(sp => sp.GetRequiredService<ActivityRegistry>());
        services.TryAddSingleton<BpmnParser>();
        services.TryAddSingleton<ProcessValidator>();
        services.TryAddSingleton<DefinitionValidator>();
        services.TryAddSingleton<ProcessModelCache>();
        services.TryAddSingleton<ProcessExecutor>();
        services.TryAddSingleton<InstanceStateCache>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IOutboxHandler, TimerOutboxHandler>());
        services.TryAddScoped<OutboxDispatcher>();
        services.TryAddScoped<StepListeners>();
        services.TryAddScoped<EngineServices>();
        services.TryAddScoped<IWorkflowRuntime, WorkflowRuntime>();
        return new WorkflowEngineBuilder(services);
    }
}
