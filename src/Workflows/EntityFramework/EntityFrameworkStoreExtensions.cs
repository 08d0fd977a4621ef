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
        engine.Services.Replace(ServiceDescriptor.Scoped<IWorkflowStore, EfWorkflowStore<TContext>>());
        return engine;
    }

    /// <summary>Keeps the inbox's task-group rows (<see cref="UserTaskGroupRecord"/>) with every save of the context.</summary>
    public static DbContextOptionsBuilder UseWorkflowEngineInterceptors(this DbContextOptionsBuilder options) =>
        options.AddInterceptors(UserTaskGroupMaintenance.Instance);
}
