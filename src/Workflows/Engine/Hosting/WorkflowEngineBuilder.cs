using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orchestrator.Workflows.Engine.Activities;
using Orchestrator.Workflows.Engine.Outbox;
using Orchestrator.Workflows.Engine.Persistence;
using Orchestrator.Workflows.Engine.Persistence.InMemory;

namespace Orchestrator.Workflows.Engine.Hosting;

/// <summary>Chooses the engine's store and adds activities and outbox handlers.</summary>
public sealed class WorkflowEngineBuilder(IServiceCollection services)
{
    public IServiceCollection Services { get; } = services;

    public WorkflowEngineBuilder UseInMemoryStore()
    {
        Services.TryAddSingleton<InMemoryWorkflowDatabase>();
        Services.Replace(ServiceDescriptor.Scoped<IWorkflowStore, InMemoryWorkflowStore>());
        return this;
    }

    public WorkflowEngineBuilder AddActivity<TActivity>() where TActivity : class, IActivity
    {
        Services.AddActivity<TActivity>();
        return this;
    }

    public WorkflowEngineBuilder AddOutboxHandler<THandler>() where THandler : class, IOutboxHandler
    {
        Services.AddScoped<IOutboxHandler, THandler>();
        return this;
    }
}
