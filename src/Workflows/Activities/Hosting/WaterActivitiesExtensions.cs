using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orchestrator.Workflows.Engine.Activities;
using Orchestrator.Workflows.Engine.Validation;

namespace Orchestrator.Workflows.Activities.Hosting;

public static class WaterActivitiesExtensions
{
    /// <summary>Registers every water-utility activity of this assembly and the utility's candidate groups.</summary>
    public static IServiceCollection AddWaterActivities(this IServiceCollection services)
    {
        services.AddActivitiesFrom(typeof(WaterActivitiesExtensions).Assembly);
        services.TryAddScoped<Ledger.LedgerRepository>();
        services.RemoveAll<ICandidateGroupCatalog>();
        services.AddSingleton<ICandidateGroupCatalog, UtilityCandidateGroups>();
        return services;
    }
}
