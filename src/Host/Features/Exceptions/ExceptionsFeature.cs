namespace Orchestrator.Host.Features.Exceptions;

public static class ExceptionsFeature
{
    /// <summary>The exceptions list, the retry command and the check that tells a person their completion failed.</summary>
    public static IServiceCollection AddExceptionsFeature(this IServiceCollection services) => services
        .AddScoped<OpenIncidentsQuery>()
        .AddScoped<RetryIncident>()
        .AddScoped<IncidentsRaised>();
}
