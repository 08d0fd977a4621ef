using Orchestrator.Workflows.EntityFramework;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Orchestrator.Bench.Measuring;
using Orchestrator.Host.Identity;
using Orchestrator.Host.Persistence;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Workflows.Engine.Hosting;

namespace Orchestrator.Bench.Infrastructure;

/// <summary>
/// The engine composed as the Host composes it: on the Host's one DbContext (its migrations, its value
/// converters, its company filter) or on the in-memory store. Every runtime call gets its own DI scope.
/// </summary>
public static class EngineComposition
{
    public static ServiceCollection InMemory(CreatedTaskTrap trap)
    {
        var services = Base(trap);
        services.AddWorkflowEngine().UseInMemoryStore();
        return services;
    }

    public static ServiceCollection OnDatabase(BenchDatabase database, CreatedTaskTrap? trap = null, DatabaseTimeRecorder? recorder = null)
    {
        var services = Base(trap);
        AddHostPersistence(services, database);
        if (recorder is not null)
        {
            services.ConfigureDbContext<SqliteOrchestratorDbContext>(o => o.AddInterceptors(recorder));
            services.ConfigureDbContext<PostgresOrchestratorDbContext>(o => o.AddInterceptors(recorder));
        }
        services.AddWorkflowEngine().UseEntityFrameworkStore<OrchestratorDbContext>();
        return services;
    }

    public static void AddHostPersistence(IServiceCollection services, BenchDatabase database)
    {
        services.AddOptions<DatabaseOptions>().Configure(o =>
        {
            o.Provider = database.Provider;
            o.ConnectionString = database.ConnectionString;
        });
        services.TryAddSingleton<ICompanyScope, UnrestrictedCompanyScope>();
        services.AddOrchestratorDbContext();
        services.AddScoped<DatabaseInitializer>();
    }

    public static async Task MigrateAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
    }

    public static async Task<T> InScopeAsync<T>(this IServiceProvider services, Func<IWorkflowRuntime, Task<T>> call)
    {
        await using var scope = services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>());
    }

    public static async Task InScopeAsync(this IServiceProvider services, Func<IWorkflowRuntime, Task> call)
    {
        await using var scope = services.CreateAsyncScope();
        await call(scope.ServiceProvider.GetRequiredService<IWorkflowRuntime>());
    }

    private static ServiceCollection Base(CreatedTaskTrap? trap)
    {
        var services = new ServiceCollection();
        services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        if (trap is not null) services.TryAddEnumerable(ServiceDescriptor.Singleton<IWorkflowStepListener>(trap));
        return services;
    }
}
