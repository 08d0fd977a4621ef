using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orchestrator.Workflows.Engine.Hosting;
using Orchestrator.Workflows.Engine.Persistence;

namespace Orchestrator.Workflows.EntityFramework;

/// <summary>Plugs the EF Core store into the engine: <c>services.AddWorkflowEngine().UseEntityFrameworkStore&lt;MyDb&gt;()</c>.</summary>
public static class EntityFrameworkStoreExtensions
{
    /// <summary>Uses the host's scoped <typeparamref name="TContext"/>; its model must call ApplyWorkflowEngineModel().</summary>
    public static WorkflowEngineBuilder UseEntityFrameworkStore<TContext>(this WorkflowEngineBuilder engine) where TContext : DbContext
    {
        engine.Services.TryAddSingleton<DefinitionRecordCache>();
        engine.Services.TryAddSingleton<CommittedRows>();
        engine.Services.TryAddSingleton<CommittedRowTracking>();
        engine.Services.Replace(ServiceDescriptor.Scoped<IWorkflowStore, EfWorkflowStore<TContext>>());
        return engine;
    }

    /// <summary>
    /// Keeps the inbox's task-group rows (<see cref="UserTaskGroupRecord"/>) with every save of the context and, given
    /// the application's services where the engine uses this store, the rows a step may attach instead of reading
    /// (<see cref="CommittedRows"/>).
    /// </summary>
    public static DbContextOptionsBuilder UseWorkflowEngineInterceptors(this DbContextOptionsBuilder options, IServiceProvider? services = null)
    {
        options.AddInterceptors(UserTaskGroupMaintenance.Instance);
        if (services?.GetService<CommittedRowTracking>() is { } tracking) options.AddInterceptors(tracking);
        return options;
    }
}
