using Orchestrator.Workflows.EntityFramework;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Activities.Hosting;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Hosting;
using Orchestrator.Workflows.Engine.Timers;

namespace Orchestrator.Host.Workflows;

public static class WorkflowsExtensions
{
    /// <summary>
    /// The BPMN engine on the one DbContext, the water activities, the business calendar for working-day timers, and
    /// the companies a group-wide timer start starts an instance for.
    /// </summary>
    public static IHostApplicationBuilder AddWorkflows(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WorkflowsOptions>().BindConfiguration(WorkflowsOptions.Section);
        var engine = builder.Configuration.GetSection(WorkflowsOptions.Section).Get<WorkflowsOptions>()?.Engine ?? new WorkflowEngineOptions();
        builder.Services.AddWorkflowEngine(options =>
            {
                options.Expressions = engine.Expressions;
                options.MessageTimeToLive = engine.MessageTimeToLive;
                options.DispatchOutboxAfterCommit = engine.DispatchOutboxAfterCommit;
            })
            .UseEntityFrameworkStore<OrchestratorDbContext>();
        builder.Services.AddWaterActivities();
        builder.Services.AddSingleton<HolidayCalendarCache>();
        builder.Services.Replace(ServiceDescriptor.Singleton<IWorkingCalendar, BusinessWorkingCalendar>());
        builder.Services.AddScoped<WorkflowFileDeployer>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkflowStepListener, TaskDueByInput>());
        builder.Services.Replace(ServiceDescriptor.Scoped<ITimerStartTenants, CompanyTimerStarts>());
        return builder;
    }

    public static async Task DeployWorkflowsAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<WorkflowFileDeployer>().DeployAllAsync();
    }
}
