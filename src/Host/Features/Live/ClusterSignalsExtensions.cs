using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orchestrator.Workflows.Engine.Facade;
using Orchestrator.Host.Persistence;

namespace Orchestrator.Host.Features.Live;

public static class ClusterSignalsExtensions
{
    /// <summary>Inbox refreshes, calendar changes and new flow versions reach every node: NOTIFY on PostgreSQL, in process on SQLite.</summary>
    public static IServiceCollection AddClusterSignals(this IServiceCollection services)
    {
        services.AddSingleton<ClusterDispatch>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDefinitionDeploymentListener, DeploymentClusterListener>());
        services.AddSingleton<PostgresClusterBus>();
        services.AddSingleton<SingleNodeClusterBus>();
        services.AddSingleton<IClusterBus>(sp => sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.PostgreSql
            ? sp.GetRequiredService<PostgresClusterBus>()
            : sp.GetRequiredService<SingleNodeClusterBus>());
        services.AddHostedService<PostgresClusterListener>();
        return services;
    }
}
